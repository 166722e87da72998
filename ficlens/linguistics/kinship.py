"""One kinship table for every stage: word -> relation, sex, and whether it is used as a name.

Why one table: the characters, coreference, narration and relationships stages each need
some slice of it ("Gran" is a woman; "Dad said" is the teller's own father; "her mum" is
family; "Mam" is a parent of one child), and lists kept apart drifted (a word added to one
was missing from the next). Each stage derives its slice here.

Columns:
  relation   the sexed relation the word names ("mum" -> mother); "parent", "sibling",
             "child" ... for the unsexed ones
  sex        "f", "m" or None
  name       used on its own as a name and a call: "Mum said", "Gran's chair", "Dad!"
  foreign    a word of another language that English-language fan fiction keeps as it is;
             several are also given names ("Lola", "Nana"), so the name-like slices the
             character stage uses leave them out
"""
from __future__ import annotations

from typing import NamedTuple, Optional


class Kin(NamedTuple):
    relation: str
    sex: Optional[str]
    name: bool
    foreign: bool = False


def _rows(relation: str, sex: Optional[str], name: bool, words: str, foreign: bool = False):
    return {w: Kin(relation, sex, name, foreign) for w in words.split()}


KIN: dict[str, Kin] = {
    # parents
    **_rows("mother", "f", True, "mother mom mum mama mamma mommy mummy ma mam mammy"),
    **_rows("father", "m", True, "father dad daddy papa pa da"),
    **_rows("mother", "f", True, "mamá ima ammi mami", foreign=True),
    **_rows("father", "m", True, "papá abba abbu papi pappa", foreign=True),
    **_rows("parent", None, False, "parent folks"),
    **_rows("stepmother", "f", False, "stepmother stepmom"),
    **_rows("stepfather", "m", False, "stepfather stepdad"),
    **_rows("godmother", "f", False, "godmother"),
    **_rows("godfather", "m", False, "godfather"),
    # grandparents
    **_rows("grandmother", "f", True, "grandmother grandma gran granny nan nana nanna"),
    **_rows("grandfather", "m", True, "grandfather grandpa granddad grandad gramps"),
    **_rows("grandmother", "f", True, "abuela abuelita nonna oma babcia bubbe bubbie nani dadi mamie "
                                       "babushka lola halmeoni obaasan", foreign=True),
    **_rows("grandfather", "m", True, "abuelo abuelito nonno opa dziadek zayde zaide dedushka lolo "
                                       "harabeoji ojiisan", foreign=True),
    **_rows("grandparent", None, False, "grandparent"),
    # aunts and uncles
    **_rows("aunt", "f", True, "aunt auntie aunty"),
    **_rows("uncle", "m", True, "uncle"),
    **_rows("aunt", "f", True, "tía tia zia tante", foreign=True),
    **_rows("uncle", "m", True, "tío tio zio onkel", foreign=True),
    # the teller's own generation
    **_rows("sister", "f", False, "sister"),
    **_rows("sister", "f", True, "sis"),
    **_rows("brother", "m", False, "brother"),
    **_rows("sibling", None, False, "sibling twin"),
    **_rows("stepsister", "f", False, "stepsister"),
    **_rows("stepbrother", "m", False, "stepbrother"),
    **_rows("cousin", None, False, "cousin"),
    # younger generations
    **_rows("daughter", "f", False, "daughter stepdaughter goddaughter"),
    **_rows("son", "m", True, "son"),
    **_rows("son", "m", False, "stepson godson"),
    **_rows("child", None, False, "child kid"),
    **_rows("niece", "f", False, "niece"),
    **_rows("nephew", "m", False, "nephew"),
    **_rows("granddaughter", "f", False, "granddaughter"),
    **_rows("grandson", "m", False, "grandson"),
    **_rows("grandchild", None, False, "grandchild"),
    **_rows("in-law", None, False, "in-law"),
}

PARENTS = {"mother", "father"}
GRANDPARENTS = {"grandmother", "grandfather"}
# also a priest's or a nun's title ("Father Brennan"), so not by itself the teller's own
FORMAL = {"mother", "father", "grandmother", "grandfather"}

FOREIGN = {w: k.sex.upper() for w, k in KIN.items() if k.foreign and k.sex}
FEMALE = {w for w, k in KIN.items() if k.sex == "f"}
MALE = {w for w, k in KIN.items() if k.sex == "m"}
PARENT_WORDS = {w for w, k in KIN.items() if k.relation in PARENTS}
GRANDPARENT_WORDS = {w for w, k in KIN.items() if k.relation in GRANDPARENTS}
# relations called by the word as a name, in English: "Gran", "Dad", "Auntie"
NAME_WORDS = {w: k for w, k in KIN.items() if k.name and not k.foreign and k.relation not in ("son", "sister")}
SIBLING_WORDS = {w for w, k in KIN.items() if k.relation in ("sister", "brother", "sibling", "cousin")}
