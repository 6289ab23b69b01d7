"""Token kinds of the Python tokenizer, numbered as in CPython 3.11 (Ember)."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

# Kinds in numeric order: the n-th word below gets the number n.  For an
# operator kind the text it stands for follows the word after a slash.
_KINDS = """
    ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT
    LPAR/( RPAR/) LSQB/[ RSQB/] COLON/: COMMA/, SEMI/; PLUS/+ MINUS/-
    STAR/* SLASH// VBAR/| AMPER/& LESS/< GREATER/> EQUAL/= DOT/.
    PERCENT/% LBRACE/{ RBRACE/} EQEQUAL/== NOTEQUAL/!= LESSEQUAL/<=
    GREATEREQUAL/>= TILDE/~ CIRCUMFLEX/^ LEFTSHIFT/<< RIGHTSHIFT/>>
    DOUBLESTAR/** PLUSEQUAL/+= MINEQUAL/-= STAREQUAL/*= SLASHEQUAL//=
    PERCENTEQUAL/%= AMPEREQUAL/&= VBAREQUAL/|= CIRCUMFLEXEQUAL/^=
    LEFTSHIFTEQUAL/<<= RIGHTSHIFTEQUAL/>>= DOUBLESTAREQUAL/**=
    DOUBLESLASH/// DOUBLESLASHEQUAL///= AT/@ ATEQUAL/@= RARROW/->
    ELLIPSIS/... COLONEQUAL/:=
    OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN
    COMMENT NL ENCODING
"""


def _load_kinds():
    space = globals()
    numbers = {}
    ops = []
    for number, entry in enumerate(_KINDS.split()):
        word, slash, text = entry.partition('/')
        space[word] = number
        numbers[word] = number
        if slash:
            ops.append((text, number))
    count = len(numbers)
    space['N_TOKENS'] = numbers['N_TOKENS'] = count
    space['NT_OFFSET'] = numbers['NT_OFFSET'] = 256
    # The operator table is keyed in sorted order of the operator text.
    ops.sort()
    return {number: word for word, number in numbers.items()}, dict(ops)


tok_name, EXACT_TOKEN_TYPES = _load_kinds()
__all__.extend(tok_name.values())
del _load_kinds


def ISTERMINAL(kind):
    """True for a token kind (as opposed to a grammar symbol)."""
    return kind < NT_OFFSET


def ISNONTERMINAL(kind):
    """True for a grammar symbol number."""
    return kind >= NT_OFFSET


def ISEOF(kind):
    """True for the end-of-input kind."""
    return kind == ENDMARKER
