"""Cue lexicons for relationships and archive tags.

Everything here is ordinary English usage (verbs of affection and violence, kinship and
relation nouns, endearments, swearing), never names: pairs and kinds come from how the
text links its own characters.

Weights are per kind (R romantic, P platonic, F family, A adversarial). A cue may feed
several kinds: a hug is mostly friendly, a little romantic.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from ficlens.linguistics import kinship

R, P, F, A = "romantic", "platonic", "family", "adversarial"
KINDS = (R, P, F, A)


@dataclass(frozen=True)
class Cue:
    name: str
    weights: dict = field(default_factory=dict)     # kind -> weight
    stage: Optional[str] = None                      # arc stage the cue shows
    reciprocal: bool = False                         # "they kissed": the subjects pair up
    preps: tuple = ()                                # "fight with X", "married to X"
    affection: bool = False                          # goes to family between relatives
    past: bool = False                               # "ex", "used to": over by definition

    @property
    def kind(self) -> str:
        return max(self.weights, key=self.weights.get)


def _c(name, stage=None, reciprocal=False, preps=(), affection=False, past=False, **w):
    weights = {R: w.get("r", 0.0), P: w.get("p", 0.0), F: w.get("f", 0.0), A: w.get("a", 0.0)}
    return Cue(name, {k: v for k, v in weights.items() if v}, stage, reciprocal, tuple(preps), affection, past)


# ------------------------------------------------------------------- verbs -------------
# lemma -> cue; the verb links its subject (agent) with its object or prepositional object
VERBS: dict[str, Cue] = {
    # romance
    "kiss": _c("kiss", "first kiss", True, r=1.3),
    "snog": _c("kiss", "first kiss", True, r=1.4),
    "smooch": _c("kiss", "first kiss", True, r=1.2),
    "date": _c("date", "first date", True, r=1.5),
    "marry": _c("marry", "marriage", True, ("to",), r=1.2),
    "wed": _c("marry", "marriage", True, r=1.2),
    "propose": _c("proposal", "proposal", False, ("to",), r=1.8),
    "seduce": _c("seduce", None, False, r=1.0),
    "flirt": _c("flirt", None, True, ("with",), r=0.8),
    "fancy": _c("fancy", None, False, r=1.0),
    "court": _c("court", None, False, r=0.8),
    "woo": _c("court", None, False, r=0.8),
    "love": _c("love", "confession", False, r=1.2, affection=True),
    "adore": _c("adore", None, False, r=0.6, affection=True),
    "cuddle": _c("cuddle", None, True, ("with", "to", "against"), r=0.7, p=0.1, affection=True),
    "snuggle": _c("cuddle", None, True, ("with", "to", "against"), r=0.7, affection=True),
    "caress": _c("caress", None, False, r=0.8),
    "fondle": _c("caress", None, False, r=1.0),
    "undress": _c("undress", None, False, r=1.2),
    "hug": _c("hug", None, True, p=0.5, r=0.15, affection=True),
    "embrace": _c("embrace", None, True, p=0.3, r=0.3, affection=True),
    "miss": _c("miss", None, False, r=0.3, p=0.2, affection=True),
    "dance": _c("dance", None, True, ("with",), r=0.3, p=0.1),
    # friendship
    "befriend": _c("befriend", "first meeting", False, p=1.2),
    "console": _c("comfort", None, False, p=0.3, affection=True),
    "comfort": _c("comfort", None, False, p=0.3, affection=True),
    "trust": _c("trust", None, False, p=0.2),
    "ruffle": _c("ruffled hair", None, False, p=0.3, f=0.3, affection=True),   # "ruffled his hair"
    "meet": _c("meet", "first meeting", True, ("with",), p=0.05),
    "introduce": _c("introduce", "first meeting", False, ("to",), p=0.05),
    # conflict
    "hate": _c("hate", None, False, a=1.0),
    "despise": _c("hate", None, False, a=1.0),
    "loathe": _c("hate", None, False, a=1.0),
    "detest": _c("hate", None, False, a=1.0),
    "fight": _c("fight", None, True, ("with", "against"), a=0.8),
    "duel": _c("fight", None, True, ("with",), a=1.0),
    "battle": _c("fight", None, True, ("with", "against"), a=0.8),
    "argue": _c("argue", None, True, ("with",), a=0.3),
    "quarrel": _c("argue", None, True, ("with",), a=0.4),
    "punch": _c("punch", None, False, a=1.0),
    "hit": _c("hit", None, False, a=0.8),
    "slap": _c("slap", None, False, a=0.8),
    "kick": _c("kick", None, False, a=0.8),
    "shove": _c("shove", None, False, a=0.5),
    "stab": _c("stab", None, False, a=1.3),
    "shoot": _c("shoot", None, False, a=1.2),
    "strangle": _c("strangle", None, False, a=1.3),
    "throttle": _c("strangle", None, False, a=1.3),
    # a person slammed against a wall, headbutted, wounded, poisoned, robbed (not "beat":
    # "four years trying to beat Soren" is a race)
    "slam": _c("slam", None, False, a=0.8),
    "headbutt": _c("headbutt", None, False, a=1.0),
    "wound": _c("wound", None, False, a=1.0),
    "injure": _c("wound", None, False, a=1.0),
    "poison": _c("poison", None, False, a=1.3),
    "rob": _c("rob", None, False, a=0.8),
    "choke": _c("strangle", None, False, a=0.8),
    "attack": _c("attack", None, False, a=1.2),
    "assault": _c("attack", None, False, a=1.2),
    "ambush": _c("attack", None, False, a=1.2),
    "threaten": _c("threat", None, False, a=1.0),
    "betray": _c("betray", None, False, a=1.0),
    "frame": _c("framed", None, False, a=0.8),          # "had framed Mira for the theft"
    "blackmail": _c("blackmail", None, False, a=1.2),
    "kill": _c("kill", None, False, a=1.2),
    "murder": _c("kill", None, False, a=1.4),
    "torture": _c("torture", None, False, a=1.4),
    "kidnap": _c("kidnap", None, False, a=1.3),
    "blackmail": _c("blackmail", None, False, a=1.2),
    "bully": _c("bully", None, False, a=1.0),
    "humiliate": _c("humiliate", None, False, a=0.8),
    "sabotage": _c("sabotage", None, False, a=1.0),
    # losing someone their job, their home, their good name: only with a person as object
    # ("fired him", never "fired the kiln")
    "sack": _c("sack", None, False, a=0.8),
    "fire": _c("fire", None, False, a=0.8),
    "evict": _c("evict", None, False, a=1.0),
    "sue": _c("sue", None, False, a=0.8),
    "expel": _c("expel", None, False, a=0.8),
    "mock": _c("mock", None, False, a=0.4),
    "taunt": _c("taunt", None, False, a=0.6),
    "insult": _c("insult", None, False, a=0.6),
    "glare": _c("glare", None, False, ("at",), a=0.3),
    "sneer": _c("sneer", None, False, ("at",), a=0.4),
    "resent": _c("resent", None, False, a=0.7),
    "curse": _c("curse", None, False, ("at",), a=0.4),
    # ending and mending (stage cues; the pair's kind comes from elsewhere)
    "dump": _c("dumped", "break-up", False, r=0.4, past=False),
    "divorce": _c("divorce", "break-up", True, r=0.6),
    "forgive": _c("forgive", "reconciliation", False, p=0.1),
    "reconcile": _c("reconcile", "reconciliation", True, ("with",), p=0.1),
}

# verb + particle: (lemma, particle) -> cue
PHRASALS: dict[tuple[str, str], Cue] = {
    ("break", "up"): _c("broke up", "break-up", True, ("with",), r=0.6),
    ("split", "up"): _c("broke up", "break-up", True, ("with",), r=0.5),
    ("make", "out"): _c("made out", "first kiss", True, ("with",), r=1.6),
    ("make", "up"): _c("made up", "reconciliation", True, ("with",), p=0.1),
    ("beat", "up"): _c("beat up", None, False, a=1.2),
    ("go", "out"): _c("went out", "first date", True, ("with",), r=0.7),
    ("ask", "out"): _c("asked out", "first date", False, r=1.2),
    ("hook", "up"): _c("hooked up", None, True, ("with",), r=1.2),
    ("fall", "for"): _c("fell for", "confession", False, (), r=1.3),
    ("pass", "away"): None,   # a death, handled with the death verbs
}

# verb + prepositional object without a particle: (lemma, prep) -> cue ("sleep with")
PREP_VERBS: dict[tuple[str, str], Cue] = {
    ("sleep", "with"): _c("slept with", None, True, r=1.5),
    ("fall", "for"): _c("fell for", "confession", False, r=1.3),
    ("go", "with"): None,
    ("cheat", "on"): _c("cheated on", None, False, r=0.8),     # a couple, once
    ("yell", "at"): _c("yelled at", None, False, a=0.3),
    ("shout", "at"): _c("shouted at", None, False, a=0.3),
    ("snap", "at"): _c("snapped at", None, False, a=0.2),
    ("lunge", "at"): _c("lunged at", None, False, a=0.9),
    ("swing", "at"): _c("swung at", None, False, a=0.9),
    ("spit", "at"): _c("spat at", None, False, a=0.6),
    ("spit", "in"): _c("spat at", None, False, a=0.6),      # "spat in his face"
}

# verb + object noun: "make love", "hold hands", "take her hand"
HAND_VERBS = {"hold", "take", "squeeze", "grab", "grasp", "clasp", "lace", "entwine", "intertwine",
              "link", "tangle", "interlace", "kiss", "stroke", "touch"}
# a kiss on the cheek or the forehead: anyone's kiss, and no "first kiss" of a romance
SOFT_KISS = _c("kiss", None, True, r=0.35, f=0.2, p=0.2, affection=True)
LEFT_CUE = _c("left", "break-up", False, r=0.2)
# a bare family name called to one the text also calls by a name of their own: distance
SURNAME_CALL = _c("called by surname", a=0.25)
HAND_CUE = _c("holding hands", None, True, r=0.5, p=0.1, affection=True)

# body parts an action can land on: the owner (possessor) is the one acted on
BODY_PARTS = {
    "hand", "hands", "finger", "fingers", "cheek", "cheeks", "forehead", "lip", "lips", "mouth",
    "neck", "hair", "head", "temple", "jaw", "face", "shoulder", "arm", "nose", "brow", "knuckle",
    "knuckles", "wrist", "throat", "stomach", "gut", "chest", "back", "ribs", "side", "leg",
    "palm", "ear", "eye", "eyes", "chin", "collarbone", "skin", "waist", "hip", "hips",
}
# a kiss on these is a romantic kiss; on these others it can be anyone's kiss
KISS_STRONG = {"lip", "lips", "mouth", "neck", "jaw", "collarbone", "throat"}
KISS_SOFT = {"cheek", "cheeks", "forehead", "hair", "head", "temple", "hand", "hands", "knuckle",
             "knuckles", "brow", "nose", "palm", "fingers", "finger"}

# reciprocal plural subjects that are never a pair of characters
GROUP_WORDS = {"they", "we", "them", "us"}

# ------------------------------------------------------------- relation nouns -----------
# noun lemma -> cue; "her mother", "my girlfriend", "Joyce, her mother", "they were friends"
NOUNS: dict[str, Cue] = {
    # romantic
    "girlfriend": _c("girlfriend", None, True, r=2.0),
    "boyfriend": _c("boyfriend", None, True, r=2.0),
    "wife": _c("wife", None, True, r=2.2),
    "husband": _c("husband", None, True, r=2.2),
    "spouse": _c("spouse", None, True, r=2.0),
    "fiance": _c("fiance", None, True, r=2.2),
    "fiancé": _c("fiance", None, True, r=2.2),
    "fiancee": _c("fiancee", None, True, r=2.2),
    "fiancée": _c("fiancee", None, True, r=2.2),
    "lover": _c("lover", None, True, r=2.0),
    "partner": _c("partner", None, True, r=0.8, p=0.4),
    "sweetheart": _c("sweetheart", None, True, r=1.2),
    "soulmate": _c("soulmate", None, True, r=1.6),
    "beloved": _c("beloved", None, True, r=1.2),
    "crush": _c("crush", "confession", False, ("on",), r=1.2),
    "bride": _c("bride", "marriage", True, r=1.8),
    "groom": _c("groom", "marriage", True, r=1.8),
    "ex": _c("ex", None, True, r=1.5, past=True),
    "date": _c("date", "first date", True, r=0.6),
    "feeling": _c("feelings", "confession", False, ("for",), r=1.0),
    "kiss": _c("kiss", "first kiss", True, ("with",), r=1.0),
    # friendship
    "friend": _c("friend", None, True, ("with",), p=1.2),
    "bestie": _c("best friend", None, True, p=1.6),
    "buddy": _c("buddy", None, True, p=0.8),
    "pal": _c("pal", None, True, p=0.8),
    "mate": _c("mate", None, True, p=0.5),
    "comrade": _c("comrade", None, True, p=0.8),
    "ally": _c("ally", None, True, p=0.6),
    "confidant": _c("confidant", None, True, p=0.8),
    "confidante": _c("confidant", None, True, p=0.8),
    "roommate": _c("roommate", None, True, p=0.4),
    "flatmate": _c("flatmate", None, True, p=0.4),
    "housemate": _c("housemate", None, True, p=0.4),
    "teammate": _c("teammate", None, True, p=0.4),
    "colleague": _c("colleague", None, True, p=0.2),
    "friendship": _c("friendship", None, True, ("with",), p=1.0),
    # adversarial
    "enemy": _c("enemy", None, True, a=1.5),
    "nemesis": _c("nemesis", None, True, a=1.6),
    "archenemy": _c("enemy", None, True, a=1.6),
    "rival": _c("rival", None, True, a=1.3),
    "foe": _c("enemy", None, True, a=1.4),
    "bully": _c("bully", None, False, a=1.2),
    "tormentor": _c("tormentor", None, False, a=1.2),
    "killer": _c("killer", None, False, a=1.2),
    "murderer": _c("killer", None, False, a=1.4),
    "captor": _c("captor", None, False, a=1.2),
    "kidnapper": _c("captor", None, False, a=1.2),
    "attacker": _c("attacker", None, False, a=1.2),
    "rivalry": _c("rivalry", None, True, ("with",), a=1.2),
    "hatred": _c("hatred", None, False, ("for", "of"), a=0.8),
    "grudge": _c("grudge", None, False, ("against",), a=0.8),
}

# kinship words, from the shared table (ficlens/linguistics/kinship.py)
FAMILY_NOUNS = set(kinship.KIN)
# kinship words of other languages that English-language fan fiction uses as they are
FOREIGN_KIN = kinship.FOREIGN
for _n in FAMILY_NOUNS:
    NOUNS[_n] = _c(_n, None, _n in kinship.SIBLING_WORDS, f=1.6)

# who is whose parent or grandparent: two of one child's parents (or grandparents), a
# woman and a man, are a couple ("Mum" and "Dad", "Gran" and "Grandad Alf")
PARENT_NOUNS = kinship.PARENT_WORDS
GRANDPARENT_NOUNS = kinship.GRANDPARENT_WORDS

FEMALE_NOUNS = kinship.FEMALE | {"wife", "girlfriend", "fiancee", "fiancée", "bride"}
MALE_NOUNS = kinship.MALE | {"husband", "boyfriend", "fiance", "fiancé", "groom"}
GENDERED_NOUNS = FEMALE_NOUNS | MALE_NOUNS

# nouns that make a relation noun past ("my ex-girlfriend", "her late husband")
PAST_MODIFIERS = {"ex", "former", "late", "old", "previous", "dead", "deceased"}
# ... and those that show it is not the pair's ("his business partner" stays platonic-ish)
WEAK_MODIFIERS = {"business", "lab", "sparring", "dance", "writing", "tennis", "study", "work",
                  "police", "training", "crime", "chess", "debate"}

# adjectives with a prepositional partner: "married to", "in love with", "related to"
ADJECTIVES: dict[str, Cue] = {
    "married": _c("married", "marriage", True, ("to",), r=1.6),
    "engaged": _c("engaged", "proposal", True, ("to",), r=1.8),
    "betrothed": _c("engaged", "proposal", True, ("to",), r=1.8),
    "affianced": _c("engaged", "proposal", True, ("to",), r=1.8),
    # "he'd been promised to her since they were twelve": only passive, only to a person
    "promised": _c("promised to", "proposal", True, ("to",), r=1.4),
    "attracted": _c("attracted", None, False, ("to",), r=1.0),
    "related": _c("related", None, True, ("to",), f=1.2),
    "friendly": _c("friendly", None, True, ("with",), p=0.4),
    "close": None,
    "devoted": _c("devoted", None, False, ("to",), r=0.5, affection=True),
    "smitten": _c("smitten", None, False, ("with",), r=1.2),
    "jealous": None,
    "furious": _c("furious", None, False, ("with", "at"), a=0.3),
    # "she's good for you": said of one to the other, a blessing of a couple
    "good": _c("good for", None, False, ("for",), r=0.5),
    "hostile": _c("hostile", None, False, ("to", "toward", "towards"), a=0.7),
}
IN_LOVE = _c("in love", "confession", False, ("with",), r=1.6)
# "in five years of me he never wore a colour", "all four years of him": a stretch of a life
# measured in someone, which only a couple's is; over by the time it is told
YEARS_OF = _c("years of someone", None, True, r=1.0, past=True)
YEARS_OF_SPANS = {"years", "months"}
YEARS_OF_WHO = {"me", "him", "her", "us"}
# "'Jun. Hey.' Nobody calls me that anymore.": a name only that one used for the other, said
# just before; mostly a lover's (a grandparent's or a friend's now and then)
ONLY_THEIR_NAME = _c("a name only they use", None, True, affection=True, r=0.8, f=0.2, p=0.2)
# "Sunniva and I had been together two years", "we got together at the wedding": a couple,
# not two people in one room (only with "get", a perfect "have been", or years and months)
TOGETHER = _c("together", None, True, r=1.4)
TOGETHER_HEADS = {"be", "get", "stay"}
TOGETHER_TIME = {"year", "years", "month", "months", "since"}

# ---------------------------------------------------------------- in dialogue ----------
# vocatives (a quote opening or closing with the word) -> cue for speaker and addressee
VOCATIVES: dict[str, Cue] = {}
for _w in (w for w, k in kinship.KIN.items() if k.name):
    VOCATIVES[_w] = _c("vocative " + _w, None, False, f=1.2)
for _w in ("babe", "baby", "honey", "sweetheart", "darling", "sweetie", "lover", "dearest",
           "handsome", "gorgeous", "beautiful", "babes", "angel", "princess"):
    VOCATIVES[_w] = _c("endearment " + _w, None, False, r=0.5, affection=True)
# everyday address in British and Southern English ("Oh, love", "ta, duck"): barely a cue
for _w in ("love", "dear", "pet", "duck", "hen", "sugar", "hon", "petal", "chick"):
    VOCATIVES[_w] = _c("endearment " + _w, None, False, r=0.2, affection=True)
for _w in ("buddy", "pal", "mate", "bud", "dude", "bro", "man", "kiddo"):
    VOCATIVES[_w] = _c("vocative " + _w, None, False, p=0.15)

# teasing insults used as names between friends ("Love you, idiot")
TEASING = ("idiot", "moron", "dummy", "loser", "dork", "nerd", "dumbass", "stupid", "git", "prat",
           "numpty", "doofus", "dingus", "jerk", "dipshit", "twit", "nitwit", "weirdo", "muppet")

# formulas said to the addressee (regex over the lowercased quote text) -> cue
import re as _re

FORMULAS: list[tuple[_re.Pattern, Cue]] = [
    (_re.compile(r"\b(?:nice|pleased|good|lovely|great) to (?:finally )?meet you\b"),
     _c("nice to meet you", "first meeting", False, p=0.1)),
    # "it's done" is a job finished; "we're done" and "it's over" end a couple
    (_re.compile(r"\b(?:(?:it's|it is) (?:so )?over|(?:we're|we are) (?:so )?(?:over|done|through))\b"),
     _c("it's over", "break-up", False, r=0.3)),
    (_re.compile(r"\bi(?:'m| am) (?:breaking up with|leaving) you\b|\bi can(?:'t|not) stay\b"),
     _c("leaving you", "break-up", False, r=0.5)),
    (_re.compile(r"\b(?:take me back|give (?:us|me) another (?:chance|try)|try again|start over)\b"),
     _c("take me back", "reconciliation", False, r=0.4)),
    (_re.compile(r"\bi(?:'m| am) (?:so )?sorry\b"),
     _c("apology", None, False, p=0.05)),
    (_re.compile(r"\b(?:i (?:really )?like you|i have feelings for you|i(?:'ve| have) always liked you)\b"),
     _c("i like you", "confession", False, r=1.0)),
    (_re.compile(r"\b(?:have|get|grab|come (?:to|for)) (?:dinner|a drink|drinks|coffee|breakfast|lunch) with me\b"
                 r"|\b(?:go|come) out with me\b|\bon a date\b|\bgo on a date\b"),
     _c("invitation", "first date", False, r=0.8)),
    # "Cari, we've got a baby.": two who share a child, said to the other parent
    (_re.compile(r"\b(?:we(?:'ve| have) got|we have|we had|we're having|we are having) (?:a |the )?"
                 r"(?:baby|kid|kids|son|daughter|children|little girl|little boy)\b"
                 r"|\bour (?:baby|son|daughter|kids|children|little girl|little boy)\b"),
     _c("our child", None, False, r=1.0)),
    (_re.compile(r"\byou(?:'re| are| look) (?:so |really |very )?(?:beautiful|gorgeous|handsome|lovely|stunning|pretty)\b"),
     _c("you're beautiful", None, False, r=0.6)),
    # implied invitations: a place to eat or drink offered to the one addressed, a second
    # meeting claimed ("you owe me a second breakfast"), "are you free on Friday"
    (_re.compile(r"\b(?:there's|there is|i know) a (?:little |nice |good )?(?:caf[eé]|coffee shop|pub|bar|restaurant|diner|"
                 r"bistro|tea ?room)\b[^.?!]{0,60}[.?!—-]*\s*(?:\w+\W+){0,6}?if you\b"
                 r"|\b(?:want|like) to (?:get|grab) (?:dinner|a drink|drinks|coffee|breakfast|lunch|food|a bite)\b"
                 r"|\bare you (?:free|busy) (?:on |this |tomorrow|tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday)"
                 r"|\byou owe me (?:a |another )(?:second )?(?:date|dinner|drink|coffee|breakfast|lunch|dance)\b"),
     _c("invitation", "first date", False, r=0.8)),
    # confessions without the word love: longing said to the one it is about
    (_re.compile(r"\bi(?:'d| would) (?:rather|sooner) be [^.?!]{0,50}\bwith you than\b"
                 r"|\bi can(?:'t|not) stop thinking about you\b|\bi think about you (?:all the time|every day|constantly)\b"
                 r"|\bi keep hoping you(?:'ll| will)?\b|\bi (?:come|came|stay|stayed) (?:in |back |here )?(?:\w+ )?because you(?:'re| are| were) (?:here|there)\b"
                 r"|\bi(?:'ve| have) been trying to tell you\b|\bi want to be with you\b|\byou're all i (?:think|thought) about\b"),
     _c("longing", "confession", False, r=1.0)),
    # dismissals and scorn said to someone's face
    (_re.compile(r"^\W*(?:\w+, )?(?:go away|get out|get lost|back off|shut up|leave me alone)\b"
                 r"|\bmind your own\b|\bhow dare you\b|\bnone of your (?:damn |bloody )?business\b"
                 r"|\byou(?:'ll| will) regret\b|\bstay away from (?:me|her|him)\b"
                 r"|\bget away from (?:me|her|him|them|us)\b|\bget off my (?:land|property|ship|boat|farm)\b"
                 r"|^\W*(?:\w+, )?you need to (?:go|leave)\W*$|\bi want you (?:out|gone)\b"
                 # scorn for the listener or their work: "Your mise is a disgrace"
                 r"|\byou(?:'re| are) (?:a |an |such a )?(?:disgrace|pathetic|useless|worthless|embarrassment|"
                 r"fraud|coward|liar|hack)\b|\byour [\w ]{1,20}(?:is|are|was|were) (?:a disgrace|pathetic|"
                 r"useless|worthless|an embarrassment|a joke|an insult)\b"),
     _c("dismissal", None, False, a=0.45)),
    # an ultimatum, a warning, an arrest, a fight promised to go on: "Open your hold. Or
    # I'll open it for you", "If you ever go dark on my comm again", "This isn't over."
    (_re.compile(r"(?:^|[.!?]\s+)or (?:i|we)(?:'ll| will) \w+ (?:it|you|them|this)\b"
                 # "Or my men find your brother": harm sent by someone's people
                 r"|(?:^|[.!?]\s+)or (?:i|we|my (?:men|boys|lads|people|friends))(?:'ll| will)? "
                 r"(?:find|hurt|kill|burn|break|take|visit|come for|pay) (?:you|your|him|her|them|it)\b"
                 r"|\beither (?:she|he|they|you) (?:goes|go|leave|leaves),? or\b"
                 r"|\bif you ever [^.?!]{1,60}\bagain\b|\b(?:this|it) is(?:n't| not) over\b"
                 r"|\byou(?:'re| are) under arrest\b|\byou(?:'ll| will) be hearing from (?:me|my)\b"
                 # "If you take more than the favour, I'll know", "if you hurt her"
                 r"|\bif you [^.?!]{1,50}, i(?:'ll| will) (?:know|find out|kill|end|break|hurt|ruin|come for|finish|bury)\b"
                 r"|\bif you (?:ever )?hurt (?:her|him|them|my)\b"),
     _c("warning", None, False, a=0.6)),
    # a wrong thrown at the listener: "You bent my vane", "you took my song" (not a heart,
    # a hand or a breath, which lovers take)
    (_re.compile(r"\byou (?:stole|took|ruined|broke|bent|wrecked|sabotaged|smashed|burned|burnt|poisoned|"
                 r"betrayed|lied to|cheated|sold|framed|shopped) (?:my|me|us|our)\b"
                 r"(?! (?:heart|hand|breath|breath away)\b)"),
     _c("accusation", None, False, a=0.5)),
    # threats said to someone's face: "I could have you transferred", "you'll be sorry"
    (_re.compile(r"\bi (?:could|can|will|'ll|shall) have you (?:transferred|dismissed|sacked|fired|arrested|expelled|evicted|"
                 r"demoted|reported|removed|replaced|flogged|hanged|shot|thrown out|locked up)\b"
                 r"|\byou(?:'ll| will) (?:be sorry|pay for (?:this|that))\b|\bi(?:'ll| will) make you (?:pay|sorry|regret)\b"
                 r"|\bor else\W*$|\bi(?:'ll| will) ruin you\b|\bi(?:'ll| will) destroy you\b"
                 # bodily harm promised to the listener or the one they came for: "I'll break
                 # every finger on this hand", "I'll cut your throat" (not "I'll kill you",
                 # which friends say over the last biscuit)
                 r"|\bi(?:'ll| will|'m going to| am going to|'m gonna) (?:break|cut|gut|skin|bury|slit|gouge|shoot|stab) "
                 r"(?:you|your|him|her|them|every|each|both)\b(?! heart)"
                 # an eviction threatened to the tenant's face: "if you're not out I'll have
                 # the locks changed" ("I want you out" is a dismissal, above)
                 r"|\bif you(?:'re| are) not out\b|\bhave the locks changed\b"
                 r"|\byour (?:things|stuff|books|bags) (?:will be |)on the (?:pavement|street|doorstep)\b"),
     _c("threat", None, False, a=0.7)),
    # a yes to a question only a suitor asks at length ("the answer's yes")
    (_re.compile(r"\bthe answer(?:'s| is) yes\b|\byes, i(?:'ll| will) marry you\b|\bwill you marry me\b|\bmarry me\b"),
     _c("acceptance", "proposal", False, r=0.9)),
]

# "my Irena", "my Dilly": a given name owned like a spouse's ("my wife"); between relatives
# it is family love (a mother's "my Timmy")
MY_NAME = _c("my <name>", None, False, r=1.0, affection=True)

# pining that only letters and diaries put so plainly: "I think about the ladder more than I
# should", "I miss you more than", "I keep your letters"
LETTER_FORMULAS: list[tuple[_re.Pattern, Cue]] = [
    (_re.compile(r"\bi (?:think|thought) (?:about|of) [^.?!]{1,40} more than i should\b"
                 r"|\bi miss you (?:more than|every|so)\b|\bi count the days\b|\byours,? always\b|\ball my love\b"),
     # a letter to a mother ends "all my love" too: between relatives it is family love
     _c("longing", "confession", False, r=1.0, affection=True)),
]

# soft signs of attraction, each weak: they add up over a story. The one who feels it is the
# subject (or the narrator); the one it is about is the object or the character at hand.
TENSION_VERBS: dict[str, Cue] = {
    "swoon": _c("swoon", None, False, r=0.4),
    "ogle": _c("ogle", None, False, r=0.4),
}
# blushing: "she blushed", "his ears went pink", "had gone the colour of", "flushed to the
# collar"; the one blushing is the subject (or owns the face), the one it is about the
# person they are talking with, else the character at hand
BLUSH_VERBS = {"blush", "flush", "redden"}
BLUSH_COLOURS = {"pink", "red", "scarlet", "crimson", "rosy", "flushed"}
BLUSH_PARTS = {"ear", "ears", "cheek", "cheeks", "face", "neck", "skin"}
BLUSH_CUE = _c("blush", None, False, r=0.3)
NOT_BLUSH = {"anger", "rage", "fury", "cold", "effort", "exertion", "heat", "sun", "wine", "laughter",
             "shame", "embarrassment", "indignation", "temper"}
# resting a forehead or head against the other: "rested his forehead against hers",
# "leaned her head on his shoulder"; friends do it too, lovers more
LEAN_VERBS = {"rest", "lean", "press", "lay", "tuck", "bury", "drop", "put", "touch"}
# speech or a laugh into someone: "laughing into my shoulder", "said, into her hair"
INTO_VERBS = {"laugh", "murmur", "whisper", "mumble", "mutter", "breathe", "sigh", "sob", "say", "smile",
              "giggle", "hum", "speak", "cry"}
INTO_PARTS = {"shoulder", "neck", "hair", "chest", "collar", "throat", "collarbone", "mouth", "lip", "lips", "skin"}
INTO_CUE = _c("into her shoulder", None, False, r=0.4, p=0.2, affection=True)
# a hand set on another's: "put it over Lachlan's", "laid her hand over his"
PUT_VERBS = {"put", "lay", "rest", "place", "settle", "slide"}
# a hand that is the subject and meets the other's: "his hand found hers", "the back of her
# hand brushed his", "her fingers closed round Tom's"
HAND_MEET_VERBS = {"find", "brush", "close", "curl", "slip", "tangle", "twine", "squeeze", "grip",
                   "seek", "touch", "bump", "graze", "knock", "press", "lace"}
HAND_SUBJECTS = {"hand", "hands", "finger", "fingers", "knuckle", "knuckles", "palm", "thumb"}
LEAN_PARTS = {"forehead", "head", "cheek", "brow", "face", "temple"}
# "lay down on the narrow bunk and pulled Bastien down with him": one pulled down onto a
# bed the other lies on
BED_PULL_VERBS = {"pull", "draw", "tug", "tow"}
BEDS = {"bed", "bunk", "mattress", "cot", "hammock", "bedroll", "berth", "futon"}
BED_CUE = _c("pulled down onto the bed", None, False, r=0.8, p=0.1)
LEAN_CUE = _c("head on shoulder", None, False, r=0.4, p=0.2, affection=True)
# "their lips met", "her mouth found his": two mouths meeting is a kiss
LIPS = {"lip", "lips", "mouth", "mouths"}
LIPS_MEET_VERBS = {"meet", "touch", "brush", "find", "press", "crash", "collide", "graze", "slot"}
# tender acts told by the body: "wrapped his arms around Tom", "cupped her face", "tucked a
# strand of hair behind her ear", "climbed into his lap", "shared a bed". Relatives do some
# of these too (affection: between them it is family love)
class Act(NamedTuple):
    things: frozenset       # what the verb must act on (its object), or any
    preps: tuple            # the prepositions that lead to the other
    target: frozenset       # what that preposition must name ("lap", "ear"), or any
    whose: str              # the other is: "obj" the object's owner, "prep" the prepositional
                            # object (or its owner), "owner" the owner of what it names,
                            # "group" the other of a plural subject
    cue: Cue


def _act(things, preps, target, whose, cue) -> Act:
    return Act(frozenset(things), tuple(preps), frozenset(target), whose, cue)


_IN_A_LAP = _c("in a lap", None, False, r=0.7, affection=True)
TENDER_ACTS = {
    "wrap": _act({"arm", "arms"}, ("around", "round"), (), "prep",
                 _c("embrace", None, True, p=0.3, r=0.3, affection=True)),
    "cup": _act({"face", "cheek", "cheeks", "jaw", "chin"}, (), (), "obj",
                _c("cupped a face", None, False, r=0.9, affection=True)),
    "tuck": _act({"hair", "strand", "curl", "lock"}, ("behind",), ("ear", "ears"), "owner",
                 _c("hair tucked behind an ear", None, False, r=0.6, affection=True)),
    "climb": _act((), ("into", "onto", "on", "in"), ("lap",), "owner", _IN_A_LAP),
    "sit": _act((), ("in", "on"), ("lap",), "owner", _IN_A_LAP),
    "curl": _act((), ("in", "into", "up"), ("lap",), "owner", _IN_A_LAP),
    "share": _act({"bed", "bunk", "mattress"}, (), (), "group",
                  _c("shared a bed", None, True, r=0.6, p=0.1, affection=True)),
}
# "like a sister to him", "like his own daughter": chosen family, a friendship
LIKE_FAMILY = _c("like family", None, False, p=1.2)
# "nuzzled into his neck", "spooned her": closeness lovers keep (snuggling is a cuddle)
NUZZLE_VERBS = {"nuzzle", "spoon"}
NUZZLE_CUE = _c("nuzzle", None, False, r=0.7, p=0.1)
# "I have never liked anyone so quickly", "never wanted anybody the way ...": a negated
# liking of anyone at all, with a degree, is a superlative about the one at hand
SUPERLATIVE_VERBS = {"like": _c("never liked anyone so", None, False, r=0.6, p=0.3),
                     "love": _c("never loved anyone so", "confession", False, r=1.2),
                     "want": _c("never wanted anyone so", None, False, r=0.8),
                     "need": _c("never needed anyone so", None, False, r=0.5, p=0.3),
                     "miss": _c("never missed anyone so", None, False, r=0.5, p=0.3)}
ANYONE = {"anyone", "anybody", "someone", "somebody"}
# a cold look or smile: "looked at him for a long, cold moment", "eyed him coldly",
# "smiled without any warmth"; hostile, weakly, from the one looking to the one looked at
# the small model's lemmatizer cuts these verbs to a noun ("hated" -> "hat", "stared" ->
# "star", "twined" -> "twin"): the verb's own lemma, when the word is that verb's form
LEMMA_FIX = {"hat": "hate", "star": "stare", "twin": "twine"}
LEMMA_FIX_FORMS = {f: lem for lem in LEMMA_FIX.values() for f in (lem + "d", lem + "s")}
COLD_VERBS = {"look", "stare", "smile", "glance", "eye", "watch", "regard", "study", "gaze", "nod"}
COLD_ADVERBS = {"coldly", "icily", "frostily", "contemptuously", "scornfully", "sneeringly", "disdainfully",
                "witheringly", "stonily"}
COLD_ADJECTIVES = {"cold", "icy", "frosty", "withering", "stony", "contemptuous", "scornful", "hostile"}
COLD_CUE = _c("cold look", None, False, a=0.3)
# "asked me to the pictures", "took her to the dance": an outing only a suitor offers
DATE_OUTINGS = {"pictures", "cinema", "movies", "movie", "film", "dance", "ball", "prom", "formal",
                "theatre", "theater", "opera", "ballet", "concert", "restaurant", "dinner", "fair"}
DATE_VERBS = {"ask", "invite"}
OUTING_CUE = _c("asked to an outing", "first date", False, r=0.9)
# gazes that give someone away: "his eyes dropped to her mouth", "stared at her lips";
# a long look at each other ("looked at each other for so long")
GAZE_VERBS = COLD_VERBS | {"drop", "flick", "fall", "drift", "linger", "stray", "wander", "dart", "slide"}
GAZE_PARTS = {"mouth", "lips", "lip"}
GAZE_CUE = _c("gaze at the mouth", None, False, r=0.6)
LONG_LOOK_CUE = _c("long look", None, True, r=0.3, p=0.1)
# fingers laced through the other's: hand verbs whose partner is a prepositional object
HAND_PREPS = ("through", "with", "in", "into", "between", "around", "round")
HEART_VERBS = {"race", "skip", "pound", "flutter", "stutter", "hammer", "flip", "lurch", "thud",
               "leap", "jump", "somersault", "ache", "swell", "melt"}
HEART_CUE = _c("heart racing", None, False, r=0.3)
ATTRACTIVE = {"beautiful", "gorgeous", "handsome", "pretty", "lovely", "cute", "stunning", "hot",
              "sexy", "radiant", "breathtaking"}
ATTRACTIVE_CUE = _c("attractive", None, False, r=0.35)
WEDDING_CUE = _c("wedding", "marriage", True, r=1.5)

# ------------------------------------------------------------------ modality ------------
NEG_WORDS = {"not", "n't", "never", "no", "nobody", "nothing", "without", "hardly", "barely", "nor"}
MODALS = {"would", "could", "might", "should", "may", "must", "'d", "ought", "can", "will", "'ll",
          "shall", "wo", "ca"}
# heads that make an event unreal or only wished for: "wanted to kiss her"
IRREALIS_HEADS = {"want", "wish", "imagine", "dream", "hope", "try", "plan", "intend", "consider",
                  "threaten", "pretend", "refuse", "fail", "forget", "almost", "nearly", "long",
                  "yearn", "ache", "itch", "fantasize", "fantasise", "need", "like",
                  "prefer", "tempt", "dare", "promise", "offer"}
# "used to date", "years ago", "back then", "once": a remembered, ended past
PAST_ADVERBS = {"ago", "once", "formerly", "previously"}

# ------------------------------------------------------------------- death --------------
DEATH_VERBS = {"die", "perish", "drown", "decease"}
DEATH_BY_OTHERS = {"kill", "murder", "execute", "slay", "assassinate", "bury"}
# "the week after Kwabena's funeral", "her father's grave": the owner has died
DEATH_NOUNS = {"funeral", "grave", "gravestone", "headstone", "coffin"}

# --------------------------------------------------------------------- ratings ----------
# lemma (lowercase) -> (category, severity 1..4); 1 = general, 2 = teen, 3 = mature, 4 = explicit
RATING: dict[str, tuple[str, int]] = {}
for _w in ("damn", "damned", "dammit", "hell", "crap", "crappy", "bloody", "arse", "ass", "piss",
           "pissed", "sod", "bugger", "jerk", "screw", "freaking", "frickin", "goddamn", "goddamnit"):
    RATING[_w] = ("profanity", 1)
for _w in ("shit", "shitty", "bullshit", "bitch", "bastard", "asshole", "arsehole", "dick", "prick",
           "bollocks", "wanker", "douchebag", "slut", "whore"):
    RATING[_w] = ("profanity", 2)
for _w in ("fuck", "fucking", "fucked", "fucker", "motherfucker", "cunt", "fuckin"):
    RATING[_w] = ("profanity", 3)
for _w in ("punch", "slap", "bruise", "fight", "hit", "kick", "shove", "wound", "injure", "gun",
           "pistol", "rifle", "sword", "dagger", "knife", "blade", "bandit", "attack", "weapon"):
    RATING[_w] = ("violence", 1)
for _w in ("blood", "bleed", "bloodied", "stab", "shoot", "kill", "murder", "corpse", "strangle",
           "choke", "torture", "slash", "gunshot", "bullet", "body", "dead", "die"):
    RATING[_w] = ("violence", 2)
for _w in ("gore", "entrails", "intestine", "disembowel", "decapitate", "behead", "mutilate",
           "dismember", "severed", "maggot", "viscera", "eviscerate", "flay"):
    RATING[_w] = ("violence", 3)
for _w in ("kiss", "cuddle", "blush", "flirt", "crush", "date"):
    RATING[_w] = ("sexual", 1)
for _w in ("shirtless", "undress", "naked", "nude", "aroused", "arousal", "lingerie", "grind",
           "moan", "seduce", "sexy", "horny", "hickey", "topless", "strip", "sex"):
    RATING[_w] = ("sexual", 2)
for _w in ("orgasm", "erection", "thrust", "climax", "nipple", "aroused", "lube", "condom", "groan",
           "foreplay", "bra", "underwear", "panties", "boxers", "thigh"):
    RATING[_w] = ("sexual", 3) if _w not in RATING else RATING[_w]
for _w in ("penis", "vagina", "semen", "anal", "testicle", "erect", "masturbate", "masturbation"):
    RATING[_w] = ("sexual", 3)
# unambiguous in any register: these alone make a work explicit when they recur
for _w in ("cock", "clit", "clitoris", "cum", "dildo", "blowjob", "handjob", "cunnilingus",
           "fellatio", "precome", "precum", "rimming", "cocks", "pussy"):
    RATING[_w] = ("sexual", 4)
# swear words that are ordinary verbs too: only the noun swears ("you jerk", not "jerked")
PROFANE_ONLY_AS_NOUN = {"jerk", "screw", "piss", "sod", "bugger", "prick", "bitch"}
# words that only count in some senses: "body" of work, "balls" of wool, "thigh"-high socks
# are weak; the rating needs several of them, never one
WEAK_RATING = {"sex", "body", "dead", "die", "hit", "fight", "knife", "blade", "sword", "thigh", "pussy", "cock",
               "bra", "underwear", "boxers", "groan", "date", "crush", "screw", "strip", "grind",
               "gut", "brain", "thrust", "climax", "weapon", "gun", "kill", "hell", "bloody", "jerk"}
