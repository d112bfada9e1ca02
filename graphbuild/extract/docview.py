"""A read-only, plain-Python view of a parsed spaCy Doc, made once per paragraph for extraction.

The rules read a paragraph's parse over and over: `doc[i]`, `token.head`, `token.children`,
`token.dep_`... On a spaCy Doc each of these builds a new Token object (and each string attribute
goes through the string store), a few hundred nanoseconds a read; extraction made millions of
them, about a sixth of the parse's own time. `view(doc)` reads every token attribute the rules use
from the Doc's attribute arrays once, into one `ViewToken` per token whose head and children are
references to the others, so a rule's read is a plain attribute read.

The view answers the subset of spaCy's API the rules use, with spaCy's results (same texts,
orders, equality and hashes); what it does not hold itself (`subtree`, edges, `root`,
`char_span`, `to_array`, `vocab`) it asks the Doc and maps back. A rule written against spaCy
objects works on a view unchanged, and tests may still pass real Docs. Two differences: a
token's `children`, `lefts` and `rights` are tuples (spaCy's are generators: iterate them, do
not call `next` on them), and a view holds cycles (token <-> head, token <-> view) that
`release` breaks when extraction is done with it (`extract_article` does).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Attribute arrays read once per Doc (names, so importing this module does not import spaCy).
_STRING_ATTRS = ("ORTH", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE")
_OTHER_ATTRS = ("ENT_IOB", "HEAD", "IDX", "SPACY", "SENT_START")
# What a token has from its word alone (its lexeme), read once per distinct word.
_LEXEME_ATTRS = ("lower_", "is_title", "is_punct", "is_upper", "is_alpha", "is_stop",
                 "like_num", "is_lower")
_IOB = ("", "I", "O", "B")                   # spaCy's Token.iob_strings()
# Strings by hash, shared by every Doc (a hash names one string whatever the vocabulary).
_STRINGS: dict[int, str] = {}
MAX_STRINGS = 1_000_000
# The lexeme attributes of each word by its hash, for one vocabulary (its flags may differ).
_LEXEMES: dict[int, tuple] = {}
_LEXEMES_OF: list[Any] = [None]             # the vocabulary they were read from


class ViewToken:
    """One token of a `DocView`, with the attributes of spaCy's Token that the rules read."""

    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
                 "ent_iob_", "idx", "whitespace_", "is_sent_start", "is_title", "is_punct",
                 "is_upper", "is_alpha", "is_stop", "like_num", "is_lower", "head", "lefts",
                 "rights", "children")

    # spaCy compares tokens by their character offset (equal only within one Doc) and hashes
    # them by (Doc, index): the same here, so sets and sorts of tokens come out as they did.
    def __hash__(self) -> int:
        return hash((self.doc.base, self.i))

    # (== is identity: one ViewToken per token of a view.)
    def __lt__(self, other: "ViewToken") -> bool:
        return self.idx < other.idx

    def __le__(self, other: "ViewToken") -> bool:
        return self.idx <= other.idx

    def __gt__(self, other: "ViewToken") -> bool:
        return self.idx > other.idx

    def __ge__(self, other: "ViewToken") -> bool:
        return self.idx >= other.idx

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def sent(self) -> "ViewSpan":
        return self.doc.sentence_of(self.i)

    @property
    def left_edge(self) -> "ViewToken":
        return self.doc.tokens[self.doc.base[self.i].left_edge.i]

    @property
    def right_edge(self) -> "ViewToken":
        return self.doc.tokens[self.doc.base[self.i].right_edge.i]

    @property
    def subtree(self) -> Iterator["ViewToken"]:
        tokens = self.doc.tokens
        return (tokens[t.i] for t in self.doc.base[self.i].subtree)

    @property
    def ancestors(self) -> Iterator["ViewToken"]:
        tokens = self.doc.tokens
        return (tokens[t.i] for t in self.doc.base[self.i].ancestors)


class ViewSpan:
    """Tokens `start:end` of a `DocView` (a sentence, an entity or a slice)."""

    __slots__ = ("doc", "start", "end", "label_")

    def __init__(self, doc: "DocView", start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[ViewToken]:
        return iter(self.doc.tokens[self.start:self.end])

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            start, end = _normalize_slice(self.end - self.start, i.start, i.stop, i.step)
            return ViewSpan(self.doc, start + self.start, end + self.start)
        at = self.end + i if i < 0 else self.start + i
        if not self.start <= at < self.end:
            raise IndexError("index out of range of the span")
        return self.doc.tokens[at]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ViewSpan) and other.doc is self.doc and \
            (other.start, other.end, other.label_) == (self.start, self.end, self.label_)

    def __hash__(self) -> int:
        return hash((self.doc.base, self.start, self.end, self.label_))

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def text_with_ws(self) -> str:
        return "".join([t.text + t.whitespace_ for t in self.doc.tokens[self.start:self.end]])

    @property
    def text(self) -> str:
        text = self.text_with_ws
        if self.end > self.start and self.doc.tokens[self.end - 1].whitespace_:
            text = text[:-1]
        return text

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx if self.start < len(self.doc.tokens) else \
            len(self.doc.base.text)

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self.start_char
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def sent(self) -> "ViewSpan":
        return self.doc.sentence_of(self.start)

    @property
    def root(self) -> ViewToken:
        return self.doc.tokens[self.doc.base[self.start:self.end].root.i]

    @property
    def ents(self) -> list["ViewSpan"]:
        found = []
        for ent in self.doc.ents:
            if ent.start >= self.start:
                if ent.end <= self.end:
                    found.append(ent)
                else:
                    break
        return found


class DocView(list):
    """A parsed Doc as plain Python objects: `view[i]`, slices, `sents`, `ents`, iteration.

    A list of its tokens, so `len(view)` and `for token in view` run in C; otherwise no list:
    equal only to itself, hashable, its text its string.
    """

    __slots__ = ("base", "tokens", "vocab", "columns", "values", "_sents", "_sent_of", "_ents",
                 "__weakref__")

    def __init__(self, doc: "Doc") -> None:
        self.base = doc
        self.vocab = doc.vocab
        self._sents: tuple[ViewSpan, ...] | None = None
        self._sent_of: list[int] | None = None
        self._ents: tuple[ViewSpan, ...] | None = None
        self.values: dict[str, list[int]] = {}         # token hashes and ids by attribute
        self.columns: dict[str, tuple[str, ...]] = {}  # token strings by attribute name
        self.tokens = _tokens(self, doc)
        self.extend(self.tokens)

    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__  # type: ignore[assignment]

    def __getitem__(self, i: Any) -> Any:
        if i.__class__ is slice:
            start, end = i.start, i.stop
            if start.__class__ is int and end.__class__ is int and i.step is None and \
                    0 <= start <= end <= len(self.tokens):
                return ViewSpan(self, start, end)   # the usual slice: nothing to normalize
            start, end = _normalize_slice(len(self.tokens), start, end, i.step)
            return ViewSpan(self, start, end)
        return self.tokens[i]

    def __str__(self) -> str:
        return self.base.text

    __repr__ = __str__

    @property
    def text(self) -> str:
        return self.base.text

    @property
    def sents(self) -> Iterator[ViewSpan]:
        if self._sents is None:
            self._sentences()
        return iter(self._sents)

    def sentence_of(self, i: int) -> ViewSpan:
        """The sentence holding token `i` (spaCy's `doc[i].sent`)."""
        if self._sents is None:
            self._sentences()
        return self._sents[self._sent_of[i]]

    def _sentences(self) -> None:
        # As spaCy's Doc.sents and Span.sent: a sentence starts where SENT_START is 1.
        starts = [0] + [t.i for t in self.tokens[1:] if t.is_sent_start]
        ends = starts[1:] + [len(self.tokens)]
        self._sents = tuple(ViewSpan(self, a, b) for a, b in zip(starts, ends) if a < b)
        self._sent_of = [n for n, (a, b) in enumerate(zip(starts, ends)) for _ in range(a, b)]

    @property
    def ents(self) -> tuple[ViewSpan, ...]:
        if self._ents is None:
            self._ents = tuple(self._entities())
        return self._ents

    def _entities(self) -> Iterator[ViewSpan]:
        """spaCy's `Doc.ents`, read off the tokens' IOB codes and entity types: an entity
        opens at "B" with a type and runs over the "I"s after it."""
        start, label = -1, ""
        for t in self.tokens:
            iob = t.ent_iob_
            if iob == "I":
                continue
            if start != -1:
                yield ViewSpan(self, start, t.i, label)
            start, label = (t.i, t.ent_type_) if iob == "B" and t.ent_type_ else (-1, "")
        if start != -1:
            yield ViewSpan(self, start, len(self.tokens), label)

    def char_span(self, start: int, end: int, *args: Any, **kwargs: Any) -> ViewSpan | None:
        span = self.base.char_span(start, end, *args, **kwargs)
        return None if span is None else ViewSpan(self, span.start, span.end, span.label_)

    def to_array(self, *args: Any, **kwargs: Any) -> Any:
        return self.base.to_array(*args, **kwargs)


def view(doc: "Doc | DocView") -> DocView:
    """The Doc's view (a view is its own)."""
    return doc if isinstance(doc, DocView) else DocView(doc)


def _tokens(owner: DocView, doc: "Doc") -> list[ViewToken]:
    """Every token of the Doc as a ViewToken, read column by column from its attribute arrays."""
    n = len(doc)
    if not n:
        return []
    # Two arrays: string hashes are unsigned 64-bit, head offsets and flags signed.
    columns = doc.to_array(list(_STRING_ATTRS)).T.tolist()
    owner.values.update(zip(_STRING_ATTRS, columns))
    orth, lemma, pos, tag, dep, ent_type = [_strings(c, doc.vocab.strings) for c in columns]
    lexemes = _lexemes(doc.vocab, columns[0])
    owner.columns.update({"ORTH": tuple(orth), "LOWER": tuple([x[0] for x in lexemes]),
                          "POS": tuple(pos)})
    iob, head, idx, space, sent_start = doc.to_array(list(_OTHER_ATTRS)).astype("int64").T.tolist()
    starts = (False, None, True)            # SENT_START -1, 0, 1
    spaces = ("", " ")
    new = object.__new__
    tokens = []
    append = tokens.append
    for i, text, lemma_, pos_, tag_, dep_, ent_type_, lexeme, at, ent_iob, space_, start in \
            zip(range(n), orth, lemma, pos, tag, dep, ent_type, lexemes, idx, iob, space,
                sent_start):
        t = new(ViewToken)
        t.doc, t.i, t.idx = owner, i, at
        t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.ent_type_ = \
            text, lemma_, pos_, tag_, dep_, ent_type_
        t.lower_, t.is_title, t.is_punct, t.is_upper, t.is_alpha, t.is_stop, t.like_num, \
            t.is_lower = lexeme
        t.ent_iob_, t.whitespace_, t.is_sent_start = \
            _IOB[ent_iob], spaces[space_], starts[start + 1]
        t.lefts = t.rights = t.children = ()
        append(t)
    lefts: dict[int, list[ViewToken]] = {}
    rights: dict[int, list[ViewToken]] = {}
    for i, offset in enumerate(head):
        t = tokens[i]
        if offset:
            h = i + offset
            (lefts if offset > 0 else rights).setdefault(h, []).append(t)
            t.head = tokens[h]
        else:
            t.head = t
    for h, children in lefts.items():
        tokens[h].lefts = tokens[h].children = tuple(children)
    for h, children in rights.items():
        t = tokens[h]
        t.rights = tuple(children)
        t.children = t.lefts + t.rights
    return tokens


def _strings(hashes: list[int], strings: Any) -> list[str]:
    """The strings of a column of hashes, each read from the string store once per process."""
    try:
        return list(map(_STRINGS.__getitem__, hashes))
    except KeyError:                    # a word not seen before
        if len(_STRINGS) > MAX_STRINGS:
            _STRINGS.clear()
        _STRINGS.update({key: strings[key] for key in hashes if key not in _STRINGS})
        return list(map(_STRINGS.__getitem__, hashes))


def _lexemes(vocab: Any, orths: list[int]) -> list[tuple]:
    """The lexeme attributes (`_LEXEME_ATTRS`) of each word, read from the vocabulary once."""
    if _LEXEMES_OF[0] is not vocab or len(_LEXEMES) > MAX_STRINGS:
        _LEXEMES.clear()
        _LEXEMES_OF[0] = vocab
    missing = set(orths).difference(_LEXEMES)
    for orth in missing:
        lexeme = vocab[orth]
        _LEXEMES[orth] = tuple(getattr(lexeme, name) for name in _LEXEME_ATTRS)
    return list(map(_LEXEMES.__getitem__, orths))


def release(doc: "DocView") -> None:
    """Break the view's reference cycles (token <-> head, token <-> view), so it is freed as
    soon as extraction lets go of it instead of waiting for the cycle collector."""
    if isinstance(doc, DocView):
        for t in doc.tokens:
            t.head = t.lefts = t.rights = t.children = t.doc = None
        doc.tokens = []
        del doc[:]
        doc._sents = doc._ents = None


def _normalize_slice(length: int, start: int | None, stop: int | None,
                     step: int | None) -> tuple[int, int]:
    """spaCy's `util.normalize_slice`: bounds clipped as a list's, no steps."""
    if not (step is None or step == 1):
        raise ValueError("stepped slices are not supported")
    start = 0 if start is None else start + length if start < 0 else start
    start = min(length, max(0, start))
    stop = length if stop is None else stop + length if stop < 0 else stop
    return start, min(length, max(start, stop))
