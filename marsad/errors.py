"""One exception tree for marsad. Catch :class:`MarsadError` to catch them all."""


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class InputError(MarsadError):
    """An input could not be read or holds no usable article (binary, empty, undecodable, ...)."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(message or reason)
        self.reason = reason


class PipelineError(MarsadError):
    """A pipeline was built wrongly (unknown stage, unmet requirement)."""


class LayerExistsError(PipelineError):
    """A stage tried to overwrite a layer that an earlier stage added."""


class StoreError(MarsadError):
    """The database could not be opened, migrated or written."""


class ResourceError(MarsadError):
    """A packaged resource (model, lexicon, gazetteer) is missing or broken."""
