"""The release stage: what a drift means for the packages (versions, CHANGELOG entries, report files) and
the `diff` command's I/O shell. It sits after the drift engine (generator.drift, pure functions that know
nothing of the pipeline) and is called by the pipeline and the CLI."""

DEFAULT_VERSION = "0.1.0"  # the version of a package released for the first time

__all__ = ["DEFAULT_VERSION"]
