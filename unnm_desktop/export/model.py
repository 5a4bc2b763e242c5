"""The document model: the minutes as plain blocks (paragraphs and tables) that every renderer draws.

It knows nothing of Word or Qt. A paragraph has a *role* (what it is: a heading, body text, a decision, a
statement...) which each renderer maps to its own style; spans carry bold and italic; `BREAK` is a line
break inside a paragraph, so a renderer writes one run per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Paragraph roles. Each renderer maps them to a style (the .docx renderer: a named style of the template).
NETWORK = "network"
TITLE = "title"
SUBTITLE = "subtitle"
DRAFT_MARK = "draft"
HEADING1 = "heading1"
HEADING2 = "heading2"
HEADING3 = "heading3"
BODY = "body"
LIST = "list"
META = "meta"
DECISION_LABEL = "decision_label"
DECISION = "decision"
DECISION_NOTE = "decision_note"  # what goes with a decision: chair's note, objectives, "positions for the record"
OUTCOME = "outcome"
STATEMENT = "statement"
SMALL = "small"
CELL = "cell"
CELL_HEADER = "cell_header"
SIGNATURE = "signature"

PARAGRAPH_ROLES = (
    NETWORK,
    TITLE,
    SUBTITLE,
    DRAFT_MARK,
    HEADING1,
    HEADING2,
    HEADING3,
    BODY,
    LIST,
    META,
    DECISION_LABEL,
    DECISION,
    DECISION_NOTE,
    OUTCOME,
    STATEMENT,
    SMALL,
    CELL,
    CELL_HEADER,
    SIGNATURE,
)

# Table kinds
GRID = "grid"  # ruled, with a header row
PLAIN = "plain"  # no rules: label/value pairs, the signature block


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


BREAK = Span("\n")


@dataclass
class Para:
    role: str
    spans: list[Span]
    marker: str = ""  # a list item's "•" or "3."
    level: int = 0  # list nesting, 0 = outermost

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


Cell = str | list[Para]


@dataclass
class Table:
    kind: str
    widths: list[float]  # relative column widths
    header: list[str] | None
    rows: list[list[Cell]]


Block = Para | Table


@dataclass
class MinutesDocument:
    """Everything a renderer needs: the blocks, and what goes in the page header, footer and properties."""

    lang: str
    title: str
    reference: str
    meeting_id: str
    revision: int
    signed: bool
    fingerprint: str | None  # full SHA-256 of the signed-off content; None for drafts
    header_text: str  # the running header: network and reference, separated by a tab
    draft_mark: str | None  # "DRAFT — revision 2" on unsigned minutes
    page_label: str  # "Page {x} of {y}" in the export language
    author: str
    network: str = ""
    fingerprint_label: str = "Fingerprint"
    blocks: list[Block] = field(default_factory=list)
    content_format: str = ""
    sign_off_id: str | None = None
    label_version: int = 1  # the version of the printed labels (export/labels.py)
    stamps_as_prose: int = 0  # the wording of intervention stamps written as prose (export/stamps.py); 0: as typed
    # What else the Word file's custom properties carry: an addendum's kind, number and minutes (export/addendum.py).
    extra_properties: dict[str, str | int] = field(default_factory=dict)

    @property
    def short_fingerprint(self) -> str | None:
        return self.fingerprint[:12] if self.fingerprint else None

    def add(self, role: str, *spans: Span | str) -> Para:
        para = Para(role, [s if isinstance(s, Span) else Span(s) for s in spans if s != ""])
        self.blocks.append(para)
        return para
