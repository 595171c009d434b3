"""Finding every quantity in a text: atoms, then which are figures, then ranges and context.

The reading mode is explicit: `qualifiers` are the qualifier words in use (the bundled
pack's by default) and `field` says the text is a claim file's value field, where every
number is a figure (no year, date or label to pass over).
"""

from __future__ import annotations

from auditor.text.numbers import read_digits
from auditor.text.quantities.assembly import assemble, inherit_in_parentheses
from auditor.text.quantities.atom import Atom
from auditor.text.quantities.digits import read_digit_atom
from auditor.text.quantities.exclusions import not_a_quantity
from auditor.text.quantities.qualifiers import QualifierWords, context_before, default_qualifier_tables
from auditor.text.quantities.quantity import Quantity
from auditor.text.quantities.ranges import combine
from auditor.text.quantities.signs_and_units import finish_digit_atom
from auditor.text.quantities.tokens import Token, attached, tokenize
from auditor.text.quantities.words import read_word_atom


def read_atom(tokens: list[Token], index: int) -> Atom | None:
    """The number starting at tokens[index], in digits, words or ".5", or None.

    >>> atom = read_atom(tokenize("about $13.6M"), 2)
    >>> atom.value, atom.currency, atom.multiplier
    (Decimal('13600000'), 'dollar', 1000000)
    >>> read_atom(tokenize("two hundred"), 0).value, read_atom(tokenize("the"), 0)
    (Decimal('200'), None)
    """
    token = tokens[index]
    if token.kind == "n":
        return read_digit_atom(tokens, index)
    if token.kind == "w":
        return read_word_atom(tokens, index)
    if token.text == "." and index + 1 < len(tokens) and tokens[index + 1].kind == "n" \
            and attached(tokens, index + 1) and "," not in tokens[index + 1].text \
            and (token.spaced or tokens[index - 1].kind == "s") \
            and not (index > 0 and tokens[index - 1].kind == "n" and not token.spaced):
        reading = read_digits("." + tokens[index + 1].text)
        if reading is not None:
            return finish_digit_atom(tokens, index, index + 2, reading)
    return None


def find_quantities(text: str, *, qualifiers: QualifierWords | None = None,
                    field: bool = False) -> list[Quantity]:
    """Every quantity in `text`, in order of appearance. Never raises on a str.

    `qualifiers` are the qualifier words to read (default: the bundled rule pack's over
    the reader's own); `field` reads a claim file's value field, where "2018" or "1900
    more" is a figure, not a year.

    >>> [(q.text, q.label, q.change) for q in find_quantities("Arrests rose 12% to 1,500 in 2019.")]
    [('12%', '12', 'up'), ('1,500', '1500', '=')]
    >>> [q.label for q in find_quantities("2018", field=True)]
    ['2018']
    """
    if not isinstance(text, str) or not text:
        return []
    words = default_qualifier_tables() if qualifiers is None else qualifiers
    tokens = tokenize(text)
    count = len(tokens)
    atoms: list[Atom] = []
    index = 0
    floor = 0
    while index < count:
        atom = read_atom(tokens, index)
        if atom is None:
            index += 1
            continue
        if atom.first < floor:
            # a currency sign already read as the unit of the number before ("5$ 6")
            atom.first = atom.number_first = index
            atom.currency = None
        if not atom.skip:
            atoms.append(atom)
        index = max(atom.end, index + 1)
        floor = index

    kept: list[Atom] = []
    for atom in atoms:
        qualifier, _, _ = context_before(tokens, atom.first, words)
        if field or not not_a_quantity(tokens, atom, qualifier != "exact"):
            kept.append(atom)

    assembled = []
    floor = 0
    for left, right, link in combine(tokens, kept, words):
        if link == "score":
            continue
        quantity, first, last = assemble(text, tokens, left, right, link, words, floor)
        assembled.append((quantity, first, last))
        floor = last
    return inherit_in_parentheses(tokens, assembled)
