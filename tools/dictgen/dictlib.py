"""Shared helpers for the chipner dictionary tools (python3, stdlib only).

Mirrors the matching rules in dictionaries/README.md closely enough to detect
alias collisions: tokenization, case folding + NFKC, dash folding and the
Snowball Russian stemmer for Cyrillic word tokens.
"""
import os
import re
import unicodedata

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad"
_DASH_TR = {ord(c): "-" for c in DASHES}


def is_han(ch):
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2A6DF
            or 0xF900 <= o <= 0xFAFF)


def is_alnum(ch):
    cat = unicodedata.category(ch)
    return cat[0] in ("L", "N") or cat == "Mn" or cat == "Mc"


def tokenize(text):
    """Runs of letters/digits; every other non-space char alone; each Han char alone."""
    toks = []
    cur = []
    for ch in text:
        if is_alnum(ch) and not is_han(ch):
            cur.append(ch)
            continue
        if cur:
            toks.append("".join(cur))
            cur = []
        if ch.isspace():
            continue
        toks.append(ch)
    if cur:
        toks.append("".join(cur))
    return toks


# ---------------------------------------------------------------- Russian Snowball
_V = "аеиоуыэюя"
_PG1 = ("вшись", "вши", "в")
_PG2 = ("ившись", "ывшись", "ивши", "ывши", "ив", "ыв")
_ADJ = ("ими", "ыми", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый",
        "ой", "ем", "им", "ым", "ом", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею")
_PART1 = ("ем", "нн", "вш", "ющ", "щ")
_PART2 = ("ивш", "ывш", "ующ")
_REFL = ("ся", "сь")
_VERB1 = ("ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны",
          "ть", "ешь", "нно")
_VERB2 = ("ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл",
          "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить",
          "ыть", "ишь", "ую", "ю")
_NOUN = ("иями", "ями", "ами", "ией", "иям", "ием", "иях", "ев", "ов", "ие", "ье", "еи", "ии",
         "ей", "ой", "ий", "ям", "ем", "ам", "ом", "ах", "ях", "ию", "ью", "ия", "ья", "а",
         "е", "и", "й", "о", "у", "ы", "ь", "ю", "я")
_DERIV = ("ость", "ост")
_SUPER = ("ейше", "ейш")


def _regions(w):
    rv = len(w)
    for i, c in enumerate(w):
        if c in _V:
            rv = i + 1
            break
    def r_after(start):
        for i in range(start + 1, len(w)):
            if w[i] not in _V and w[i - 1] in _V:
                return i + 1
        return len(w)
    r1 = r_after(0)
    r2 = r_after(r1) if r1 < len(w) else len(w)
    return rv, r1, r2


def _strip(w, start, sufs, group1=False):
    """Remove the longest suffix in sufs lying in w[start:]; returns new word or None."""
    best = None
    for s in sufs:
        if w.endswith(s) and len(w) - len(s) >= start:
            if group1:
                p = len(w) - len(s) - 1
                if p < start or w[p] not in "ая":
                    continue
            if best is None or len(s) > len(best):
                best = s
    if best is None:
        return None
    return w[: len(w) - len(best)]


def _strip_g(w, start, g1, g2):
    a = _strip(w, start, g1, True)
    b = _strip(w, start, g2)
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a) < len(b) else b  # longer suffix removed wins


def ru_stem(word):
    w = word.lower().replace("ё", "е")
    rv, r1, r2 = _regions(w)
    if rv >= len(w):
        return w
    r = _strip_g(w, rv, _PG1, _PG2)
    if r is not None:
        w = r
    else:
        r = _strip(w, rv, _REFL)
        if r is not None:
            w = r
        r = _strip(w, rv, _ADJ)
        if r is not None:
            w = r
            p = _strip_g(w, rv, _PART1, _PART2)
            if p is not None:
                w = p
        else:
            r = _strip_g(w, rv, _VERB1, _VERB2)
            if r is not None:
                w = r
            else:
                r = _strip(w, rv, _NOUN)
                if r is not None:
                    w = r
    if w.endswith("и") and len(w) - 1 >= rv:
        w = w[:-1]
    r = _strip(w, r2, _DERIV)
    if r is not None:
        w = r
    if w.endswith("нн") and len(w) - 2 >= rv:
        w = w[:-1]
    else:
        r = _strip(w, rv, _SUPER)
        if r is not None:
            w = r
            if w.endswith("нн"):
                w = w[:-1]
        elif w.endswith("ь") and len(w) - 1 >= rv:
            w = w[:-1]
    return w


_CYR = re.compile(r"^[\u0400-\u04FF]+$")


def fold_token(tok):
    t = unicodedata.normalize("NFKC", tok).translate(_DASH_TR).casefold()
    if _CYR.match(t):
        return "ru:" + ru_stem(t)
    return t


def alias_key(alias):
    """Folded key used for duplicate detection ('=' prefix ignored)."""
    a = alias[1:] if alias.startswith("=") else alias
    return "\x1f".join(fold_token(t) for t in tokenize(a))


def case_pattern(tok):
    letters = [c for c in tok if c.isalpha()]
    if not letters:
        return "none"
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "upper"
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return "title"
    return "mixed"


# ---------------------------------------------------------------- word lists
_EN = None
_EN_ANY = None
_RU = None


def _load_words():
    global _EN, _EN_ANY, _RU
    if _EN is not None:
        return
    _EN, _EN_ANY, _RU = set(), set(), set()
    for p in ("/usr/share/dict/american-english", "/usr/share/dict/words"):
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                for line in f:
                    w = line.strip()
                    if not w or "'" in w:
                        continue
                    _EN_ANY.add(w.casefold())
                    if w.islower():
                        _EN.add(w)
            break
    p = "/usr/share/hunspell/ru_RU.dic"
    if os.path.exists(p):
        with open(p, encoding="utf-8", errors="replace") as f:
            next(f, None)
            for line in f:
                w = line.split("/", 1)[0].strip()
                if w and w.islower():
                    _RU.add(ru_stem(w))
    # a few very common English words missing from some lists
    _EN.update({"ai", "app", "apps", "online", "email", "web", "blog"})


def have_wordlists():
    _load_words()
    return bool(_EN) and bool(_RU)


def is_common_word(tok):
    """True if tok (one token) is an ordinary lower-case English or Russian word."""
    _load_words()
    t = tok.casefold()
    if _CYR.match(t):
        return ru_stem(t) in _RU and len(t) > 1
    if not t.isalpha():
        return False
    if len(t) == 1:
        return True
    return t in _EN


def is_dictionary_word_any_case(tok):
    """True if tok appears in the English list in any case (proper nouns too)."""
    _load_words()
    return tok.casefold() in _EN_ANY or is_common_word(tok)
