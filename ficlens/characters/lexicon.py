"""Closed word classes the character and coreference stages need (grammar, not names)."""
from __future__ import annotations

import re
from functools import lru_cache

from ficlens.linguistics import kinship

OPEN_QUOTES = {'"', "\u201c", "\u2018", "'", "\u00ab", "\u201e"}
FALLBACK_QUOTE_RE = re.compile(r'"[^"\n]{1,3000}"|\u201c[^\u201c\u201d]{1,3000}\u201d')

# dependency labels a sentence-initial common-noun-tagged name may carry (spaCy tags
# "Faith grinned" as NN/nsubj)
NAME_DEPS = {"nsubj", "nsubjpass", "npadvmod", "poss", "compound", "appos", "dobj", "ROOT", "intj"}

NAME_PARTICLES = {"de", "van", "von", "der", "du", "del", "della", "di", "da", "le", "la", "st", "st."}

SPEECH_VERBS = {
    "say", "ask", "reply", "answer", "cry", "exclaim", "shout", "whisper", "murmur", "call",
    "continue", "add", "respond", "mutter", "yell", "scream", "laugh", "sigh", "snap",
    "retort", "observe", "remark", "declare", "inquire", "enquire", "demand", "repeat",
    "protest", "suggest", "explain", "insist", "agree", "interrupt", "groan", "growl",
    "hiss", "breathe", "sob", "stammer", "grin", "smile", "nod", "tell", "begin", "return",
    "rejoin", "resume", "admit", "announce", "argue", "beg", "chuckle", "giggle", "grumble",
    "joke", "moan", "plead", "pray", "promise", "whimper", "wonder", "think", "write",
}
SPEECH_VERBS_FORMS = {
    "said", "says", "asked", "asks", "replied", "replies", "answered", "cried", "exclaimed",
    "shouted", "whispered", "murmured", "called", "continued", "added", "muttered", "yelled",
    "screamed", "laughed", "sighed", "snapped", "retorted", "observed", "remarked",
    "declared", "inquired", "demanded", "repeated", "protested", "explained", "insisted",
    "groaned", "growled", "hissed", "breathed", "sobbed", "stammered", "grinned", "smiled",
    "nodded", "told", "rejoined", "returned",
}

# verbs whose "at/to" object is a person, not a place ("looked at Jane")
PERSON_DIRECTED = {"look", "smile", "stare", "glance", "laugh", "grin", "shout", "yell",
                   "wink", "frown", "nod", "gaze", "peer", "scowl", "glare", "wave", "point",
                   "talk", "speak", "say", "write", "listen", "reply", "whisper", "turn",
                   "belong", "give", "lean", "bow", "curtsey", "sneer",
                   "beam", "snap", "call", "cry", "murmur", "mutter", "explain", "introduce"}

# verbs whose direct object is usually a place
PLACE_VERBS = {"leave", "visit", "reach", "enter", "cross", "tour", "explore", "inhabit",
               "invade", "conquer", "rule", "govern", "flee", "quit", "attack", "bomb"}

LOC_PREPS = {"in", "at", "to", "from", "into", "towards", "toward", "near", "through",
             "across", "around", "outside", "inside", "within", "throughout", "via", "beyond",
             "onto", "upon", "on"}

VOC_PRECEDERS = {"oh", "o", "dear", "my", "dearest", "hey", "hi", "hello", "yes", "no",
                 "well", "thanks", "thank", "goodbye", "bye", "please", "sorry", "look",
                 "listen", "morning", "night", "evening", "come", "and", "but"}

# words capitalised by position or habit that are never a character's name on their own
NOT_NAME_WORDS = {
    "oh", "ah", "aha", "alas", "yes", "no", "nay", "yeah", "yep", "nope", "well", "hey", "hi",
    "hello", "okay", "ok", "hmm", "hm", "um", "uh", "er", "erm", "huh", "wow", "ow", "ouch",
    "damn", "dammit", "hell", "heaven", "heavens", "goodness", "gosh", "golly", "gee", "jeez",
    "bye", "goodbye", "thanks", "please", "sorry", "sure", "fine", "right", "good", "dear",
    "ha", "haha", "ugh", "eh", "ooh", "oops", "pardon", "bravo", "hurrah", "hurray", "hush",
    "indeed", "aye", "amen", "o", "sir", "madam", "ma'am", "mister", "miss", "lord", "lady",
    "mistress", "master", "mademoiselle", "monsieur", "madame", "signor", "signora",
    "mr", "mrs", "ms", "dr", "the", "a", "an", "and", "but", "or", "then", "now", "so",
    "when", "what", "why", "how", "who", "whom", "whose", "whoever", "where", "which", "whence", "whither", "there", "here", "this", "that",
    "these", "those", "it", "its", "he", "she", "they", "we", "you", "his", "her", "their",
    "our", "your", "my", "i", "me", "him", "them", "us", "not", "all", "after", "before",
    "chapter", "part", "year", "week", "month", "morning", "evening", "afternoon", "book", "volume", "prologue", "epilogue", "end", "mom's", "english",
    "christmas", "easter", "sunday", "street", "road", "avenue", "god", "gods", "jesus",
    "christ", "mary's", "anyway", "besides", "still", "just", "maybe", "perhaps", "nothing",
    "something", "everything", "everyone", "someone", "nobody", "everybody", "somebody",
    "let", "don't", "can't", "won't", "i'm", "it's", "let's", "that's", "what's", "there's",
    "mind", "look", "listen", "wait", "stop", "come", "go", "quick", "run", "help", "shh",
    "sh", "psst", "blimey", "bloody", "crikey", "christmas", "thou", "thee", "thy", "ye",
    # oaths and calls for attention said before a name ("Oi.", "Shit, Stel,")
    "oi", "shit", "crap", "fuck", "fucking", "bugger", "sod", "whoa", "yikes", "argh", "jesus christ",
    "tv", "ok", "sire", "majesty", "highness", "lordship", "ladyship", "excellency",
    "sweetheart", "darling", "honey", "baby", "babe", "dude",
    "man", "buddy", "pal", "mate", "kid", "boy", "girl", "guys", "folks", "ladies", "gentlemen",
    "mama's", "internet", "mr.", "mrs.", "ms.", "dr.", "st.", "papa's",
    # pronouns and sign-offs capitalised at the start of a line ("Anyone who leaves...",
    # "None of them", "Cheers, Dev")
    "anyone", "anybody", "none", "noone", "cheers", "ta", "congrats", "congratulations",
    "goodnight", "morning", "evening", "afternoon", "night", "welcome", "whatever", "everywhere",
}
# capitalised adjectives that precede a name without being part of it ("Poor Lydia")
LEADING_ADJ = {"young", "old", "little", "poor", "dear", "dearest", "good", "great", "big",
               "pretty", "sweet", "darling", "beloved", "late", "my", "wise", "brave", "silly",
               "stupid", "clever", "mad", "saint", "the", "our", "your", "his", "her", "their"}
# address words that are also given names ("Your Honour", but "Honor Blakemore"): not a
# name after "your", "his", "her"
ADDRESS_NAMES = {"honor", "honour"}
# titles that go with a given name ("Lady Catherine", "Aunt Petunia"); the rest take a surname
FIRST_NAME_TITLES = {"lady", "lord", "sir", "dame", "aunt", "auntie", "uncle", "cousin", "miss",
                     "master", "prince", "princess", "king", "queen", "saint", "st", "brother",
                     "sister", "father", "mother", "grandma", "grandpa", "granny", "don", "madame"}
# relations used as names ("Gran said", "Grandpa's chair") and their referential gender
KIN_GENDER = {w: k.sex for w, k in kinship.NAME_WORDS.items()}
KIN_NAMES = set(KIN_GENDER)
DEITIES = {"god", "gods", "jesus", "christ", "allah", "lord", "heaven", "heavens", "zeus",
           "goddess", "jehovah", "satan", "devil", "providence"}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "tomorrow", "yesterday", "tonight", "christmas", "easter", "halloween",
        "thanksgiving", "michaelmas", "lent"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}
NATIONALITIES = {
    "english", "french", "german", "italian", "spanish", "american", "british", "irish",
    "scottish", "scotch", "welsh", "russian", "chinese", "japanese", "indian", "dutch",
    "greek", "roman", "latin", "european", "african", "asian", "catholic", "protestant",
    "jewish", "muslim", "hindu", "swiss", "austrian", "belgian", "polish", "swedish",
    "norwegian", "danish", "portuguese", "mexican", "canadian", "australian", "turkish",
    "persian", "arab", "arabic", "egyptian", "christian", "christians", "englishman",
    "englishwoman", "frenchman", "frenchwoman", "americans", "englishmen", "frenchmen",
    "anglo", "saxon", "norman", "yankee", "northern", "southern", "eastern", "western",
    "north", "south", "east", "west", "oriental", "moslem", "mohammedan", "hebrew",
}
# last words that make a capitalised phrase a place, building, institution or thing
PLACE_HEADS = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "square", "park", "hall", "house",
    "abbey", "castle", "church", "cathedral", "chapel", "river", "lake", "mountain", "mount",
    "hill", "hills", "bridge", "station", "hotel", "inn", "college", "school", "university",
    "island", "islands", "bay", "sea", "ocean", "court", "manor", "place", "gardens", "garden",
    "palace", "tower", "town", "city", "county", "shire", "valley", "forest", "wood", "woods",
    "company", "co", "inc", "ltd", "club", "society", "museum", "gallery", "library",
    "hospital", "prison", "farm", "cottage", "lodge", "grange", "terrace", "crescent",
    "row", "way", "gate", "common", "heath", "green", "end", "cross", "harbour", "harbor",
    "port", "point", "cape", "coast", "desert", "empire", "kingdom", "republic", "states",
    "academy", "institute", "bank", "office", "ministry", "department", "magazine", "times",
    "post", "news", "press", "journal", "review", "gazette", "war", "day", "night", "age",
    "ages", "revolution", "parliament", "army", "navy", "guard", "corps", "regiment",
    "brigade", "railway", "line", "hotel", "theatre", "theater", "restaurant", "cafe",
    "mall", "centre", "center", "building", "tavern", "pub", "arms", "chambers", "alley",
    "quarter", "district", "province", "state", "country", "land", "fields", "field",
    "moor", "marsh", "falls", "springs", "beach", "pier", "dock", "docks", "canal",
}

# ---------------------------------------------------------------- pronouns ------------
# pronoun form -> (gender class, case); gender classes: m, f, t (they), n (it), neo sets
PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "subj"), "him": ("m", "obj"), "his": ("m", "poss"), "himself": ("m", "refl"),
    "she": ("f", "subj"), "her": ("f", "obj"), "hers": ("f", "poss"), "herself": ("f", "refl"),
    "they": ("t", "subj"), "them": ("t", "obj"), "their": ("t", "poss"), "theirs": ("t", "poss"),
    "themself": ("t", "refl"), "themselves": ("t", "refl"),
    "xe": ("xe", "subj"), "xem": ("xe", "obj"), "xyr": ("xe", "poss"), "xyrs": ("xe", "poss"),
    "xemself": ("xe", "refl"), "xir": ("xe", "poss"), "xirs": ("xe", "poss"),
    "ze": ("ze", "subj"), "zir": ("ze", "obj"), "zirs": ("ze", "poss"), "zirself": ("ze", "refl"),
    "hir": ("ze", "obj"), "hirs": ("ze", "poss"), "hirself": ("ze", "refl"), "zie": ("ze", "subj"),
    "fae": ("fae", "subj"), "faer": ("fae", "obj"), "faers": ("fae", "poss"), "faerself": ("fae", "refl"),
    "ey": ("ey", "subj"), "em": ("ey", "obj"), "eir": ("ey", "poss"), "eirs": ("ey", "poss"),
    "emself": ("ey", "refl"),
}
PRONOUN_SETS = {"m": "he/him", "f": "she/her", "t": "they/them", "xe": "xe/xem",
                "ze": "ze/zir", "fae": "fae/faer", "ey": "ey/em"}
FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
SECOND_PERSON = {"you", "your", "yours", "yourself", "thou", "thee", "thy", "thine", "thyself"}

# head nouns of nominals that denote a person (a small closed list: no WordNet)
PERSON_NOUNS = {
    "man", "woman", "men", "women", "boy", "girl", "boys", "girls", "child", "children",
    "lady", "ladies", "gentleman", "gentlemen", "father", "mother", "sister", "brother",
    "son", "daughter", "wife", "husband", "uncle", "aunt", "cousin", "nephew", "niece",
    "grandmother", "grandfather", "grandson", "granddaughter", "parent", "parents",
    "friend", "friends", "servant", "servants", "maid", "master", "mistress", "king",
    "queen", "prince", "princess", "lord", "knight", "priest", "doctor", "nurse", "captain",
    "colonel", "officer", "soldier", "soldiers", "sailor", "stranger", "visitor", "guest",
    "host", "hostess", "widow", "bride", "groom", "lover", "baby", "infant", "youth",
    "fellow", "person", "people", "mom", "dad", "mum", "papa", "mama", "teacher", "student",
    "clerk", "landlord", "landlady", "driver", "coachman", "footman", "butler", "housekeeper",
    "governess", "cook", "gardener", "porter", "waiter", "guard", "judge", "lawyer",
    "merchant", "farmer", "creature", "girlfriend", "boyfriend", "partner",
    "slayer", "witch", "wizard", "vampire", "demon", "professor", "detective", "inspector",
    "neighbour", "neighbor", "companion", "author", "writer", "poet", "painter", "artist",
    "hero", "heroine", "villain", "boss", "chief", "leader", "general", "sergeant",
    "lieutenant", "agent", "thief", "murderer", "prisoner", "pupil", "scholar", "monk",
    "nun", "bishop", "vicar", "rector", "curate", "minister", "clergyman", "squire",
    "baronet", "duke", "duchess", "count", "countess", "emperor", "empress", "heir",
    "heiress", "orphan", "kid", "kids", "toddler", "teenager", "brothers", "sisters",
    "sons", "daughters", "wives", "husbands", "mothers", "fathers", "dwarf", "giant",
    "ayah", "native", "natives", "savage", "gentlewoman", "maiden", "lass", "lad",
    "chap", "beggar", "peasant", "villager", "crowd", "family", "couple", "twins",
    "mate", "roommate", "colleague", "classmate", "fiance", "fiancee", "ghost", "spirit",
    "angel", "dragon", "elf", "fairy", "queen", "rabbit", "hatter", "duchess", "caterpillar",
    "narrator", "reader", "traveller", "traveler", "owner", "keeper", "worker", "workman",
    "labourer", "laborer", "hunter", "fisherman", "shepherd", "miller", "smith", "baker",
    "butcher", "innkeeper", "secretary", "assistant", "official", "policeman", "constable",
    "sheriff", "mayor", "magistrate", "jury", "witness", "victim", "enemy", "enemies",
    "rival", "suitor", "admirer", "someone", "somebody", "parson", "lass", "widower",
    "everyone", "everybody", "anyone", "anybody", "nobody", "one",
}

# more role, trade and kin nouns that only name people (generic English, not from any
# one work); ambiguous words ("company", "party", "body", "figure", "guide") stay out
PERSON_NOUNS |= {
    "accountant", "acquaintance", "actor", "actress", "admiral", "adventurer", "advocate",
    "ally", "ambassador", "ancestor", "apprentice", "archbishop", "architect", "aristocrat",
    "assassin", "astronomer", "attendant", "attorney", "auctioneer", "bachelor", "bandit",
    "banker", "barber", "bard", "barmaid", "baron", "baroness", "bartender", "blacksmith",
    "boatman", "bodyguard", "bookseller", "bridegroom", "brigand", "brute", "burglar",
    "bystander", "cabman", "cadet", "captive", "cashier", "chairman", "chambermaid",
    "chamberlain", "champion", "chaplain", "charwoman", "chemist", "citizen", "cobbler",
    "comedian", "commander", "commissioner", "comrade", "confessor", "conqueror",
    "conspirator", "convict", "corporal", "councillor", "counsellor", "courtier", "coward",
    "craftsman", "creditor", "critic", "culprit", "customer", "dancer", "deacon", "debtor",
    "defendant", "deputy", "descendant", "devotee", "diplomat", "disciple", "drummer",
    "drunkard", "editor", "emigrant", "employee", "employer", "engineer", "enthusiast",
    "envoy", "executioner", "explorer", "fiddler", "foe", "folk", "folks", "foreigner",
    "forefather", "gamekeeper", "gaoler", "godfather", "godmother", "governor", "grandchild",
    "grandchildren", "grandma", "grandpa", "granny", "grocer", "guardian", "gypsy", "hag",
    "hawker", "headmaster", "headmistress", "heathen", "herald", "herdsman", "hermit",
    "historian", "hostage", "householder", "housemaid", "housewife", "huntsman", "idiot",
    "idler", "immigrant", "inhabitant", "inmate", "interpreter", "intruder", "jailer",
    "jester", "jeweller", "jeweler", "jockey", "journalist", "juror", "kinsman", "kinswoman",
    "knave", "landowner", "laundress", "layman", "lecturer", "liar", "librarian", "listener",
    "lodger", "lunatic", "madman", "madwoman", "magician", "maidservant", "manservant",
    "manager", "mariner", "marquis", "marquess", "martyr", "matron", "mechanic", "messenger",
    "midshipman", "midwife", "milkmaid", "miner", "missionary", "monarch", "musician",
    "newcomer", "nobleman", "noblewoman", "novelist", "nursemaid", "occupant", "onlooker",
    "opponent", "orator", "outlaw", "overseer", "pal", "parishioner", "passenger", "pastor",
    "patron", "pauper", "pedlar", "peddler", "pensioner", "philosopher", "physician",
    "pilgrim", "pilot", "pirate", "playmate", "ploughman", "poacher", "politician", "pope",
    "postman", "preacher", "prelate", "president", "priestess", "prophet", "proprietor",
    "prostitute", "publican", "rascal", "rebel", "recluse", "refugee", "relative", "reporter",
    "robber", "rogue", "ruffian", "sage", "saint", "schoolboy", "schoolgirl", "schoolmaster",
    "schoolmistress", "scientist", "scoundrel", "seaman", "seamstress", "senator", "sentinel",
    "sentry", "serf", "settler", "shopkeeper", "shopman", "singer", "slave", "smuggler",
    "solicitor", "spectator", "spinster", "spy", "steward", "stewardess", "stockbroker",
    "surgeon", "tailor", "tenant", "tourist", "townsman", "tradesman", "trader", "traitor",
    "tramp", "trustee", "tutor", "tyrant", "undertaker", "usurer", "valet", "vagabond",
    "veteran", "viceroy", "villager", "waggoner", "wagoner", "waitress", "wanderer",
    "warden", "warder", "warrior", "washerwoman", "watchman", "weaver", "wench", "wretch",
    "youngster", "fool", "scamp", "lout", "urchin", "stripling", "personage", "individual",
    "mortal", "patient", "invalid", "orphan", "virgin", "sufferer", "mourner", "sinner",
    "believer", "worshipper", "pursuer", "pursuers", "robber", "thief", "murderess",
    "townsfolk", "townspeople", "kinsfolk", "relations", "relatives", "ancestors",
    "forefathers", "descendants", "inhabitants", "spectators", "onlookers", "bystanders",
}

# referential gender of person nouns (the rest: unknown)
MALE_NOUNS = {
    "man", "boy", "father", "brother", "son", "husband", "uncle", "nephew", "grandfather",
    "grandson", "king", "prince", "lord", "gentleman", "fellow", "lad", "chap", "monk",
    "priest", "parson", "vicar", "rector", "curate", "clergyman", "squire", "baronet",
    "duke", "count", "emperor", "heir", "dad", "papa", "groom", "bridegroom", "boyfriend",
    "sir", "master", "butler", "footman", "coachman", "landlord", "waiter", "policeman",
    "fisherman", "workman", "wizard", "hero", "villain", "monsieur", "mister", "bachelor",
    "widower", "fiance", "nobleman", "gentleman", "tailor", "shepherd", "postman",
    "schoolmaster", "headmaster", "horseman", "sailor", "soldier", "knight", "steward",
}
FEMALE_NOUNS = {
    "woman", "girl", "mother", "sister", "daughter", "wife", "aunt", "niece", "grandmother",
    "granddaughter", "queen", "princess", "lady", "widow", "maid", "maiden", "nun", "bride",
    "mistress", "governess", "duchess", "countess", "empress", "heiress", "mom", "mum",
    "mama", "mamma", "girlfriend", "landlady", "hostess", "heroine", "witch", "lass",
    "housekeeper", "actress", "madam", "madame", "fiancee", "gentlewoman", "nurse",
    "waitress", "seamstress", "dame", "matron", "spinster", "ayah", "schoolmistress",
    "headmistress", "laundress", "milkmaid", "housemaid", "chambermaid", "servant-girl",
}
# relations used as names have their sex as nouns too ("her mam", "the old gramps")
MALE_NOUNS |= {w for w, g in KIN_GENDER.items() if g == "m"}
FEMALE_NOUNS |= {w for w, g in KIN_GENDER.items() if g == "f"}
# heads that are people only as quantifiers: mentions, never antecedents of he/she
QUANT_PERSONS = {"someone", "somebody", "everyone", "everybody", "anyone", "anybody",
                 "nobody", "one", "people", "crowd", "family", "couple", "jury"}
DEFINITE = {"the", "this", "that", "these", "those"}
INDEFINITE = {"a", "an", "another", "some", "one", "any", "no", "every", "each"}

# verbs whose subject is (nearly always) a person: a noun seen as their subject in a work
# is a person noun for that work ("the waggoner said", "the newcomer smiled")
PERSON_VERBS = SPEECH_VERBS | {
    "smile", "laugh", "frown", "weep", "sob", "blush", "nod", "shrug", "wink", "grin",
    "think", "believe", "know", "feel", "want", "wish", "hope", "love", "hate", "marry",
    "kiss", "pray", "dream", "decide", "realise", "realize", "remember", "forget", "suppose",
    "intend", "mean", "prefer", "admire", "despise", "regret", "promise", "confess",
}
WHO = {"who", "whom", "whose"}
KIN_BARE = KIN_NAMES | {"nurse", "doctor"}
ADDRESS_NOUNS = {"sir", "madam", "ma'am", "madame", "mademoiselle", "monsieur", "signora",
                 "signor", "miss", "mister"}
# nouns that a parse makes subjects of "say"/"smile" by metonymy, not people
NOT_PERSON_NOUNS = {
    "eye", "eyes", "face", "voice", "voices", "word", "words", "heart", "lip", "lips",
    "hand", "hands", "look", "letter", "note", "story", "book", "paper", "newspaper",
    "sign", "life", "thing", "things", "building", "news", "report", "rumour", "rumor",
    "smile", "expression", "mouth", "tone", "silence", "clock", "bell", "door", "sound",
    "wind", "sea", "sun", "moon", "night", "day", "morning", "time", "world", "mind",
    "soul", "head", "glance", "gesture", "manner", "air", "dog", "dogs", "cat", "horse",
    "horses", "bird", "birds", "article", "message", "answer", "question", "law",
    "rule", "voice", "music", "song", "poem", "title", "name", "card", "telegram",
}
# nouns that describe rather than relate: "the girl" may be a girl named just before,
# "her mother" never is the "her"
DESCRIPTIVE_NOUNS = {"man", "woman", "girl", "boy", "child", "lady", "gentleman", "fellow",
                     "youth", "lad", "lass", "creature", "baby", "infant", "maiden", "kid",
                     "old", "stranger", "visitor", "newcomer"}


def dictionary_words(model: str) -> frozenset:
    """Common English words (nouns, verbs, adjectives, adverbs) from the lemmatizer's
    lookup index shipped with the spaCy model: a word capitalised only at sentence or
    quote starts that is in here is a word, not a name, unless it behaves like one.
    Empty (no dictionary check) when the tables cannot be read."""
    return frozenset().union(*_lemma_index(model).values())


def dictionary_verbs(model: str) -> frozenset:
    """The verbs of ``dictionary_words`` ("fetch", "remember")."""
    from spacy.strings import get_string_id
    idx = _lemma_index(model)
    return idx.get("verb") or idx.get(get_string_id("verb"), frozenset())     # keys may be hashed


@lru_cache(maxsize=2)
def _lemma_index(model: str) -> dict:
    """Part of speech -> its words, from the model's lemmatizer tables ({} if unreadable)."""
    try:
        import glob
        import importlib
        import os

        from spacy.lookups import Lookups
        pkg = importlib.import_module(model)
        paths = glob.glob(os.path.join(os.path.dirname(pkg.__file__), "*", "lemmatizer", "lookups"))
        if not paths:
            return {}
        idx = Lookups().from_disk(paths[0]).get_table("lemma_index")
        return {pos: frozenset(words) for pos, words in idx.items()}
    except Exception:
        return {}


# "-woman", "-man", "-ist" nouns name people ("chairwoman", "violinist"), with the few
# look-alikes left out
_NOT_IST = {"list", "mist", "wrist", "fist", "twist", "exist", "gist", "schist", "assist", "insist", "resist", "persist", "consist", "desist"}


def suffix_person(lem: str) -> bool:
    if lem.endswith(("woman", "man")) and len(lem) > 4 and lem not in ("human", "german", "roman", "ottoman", "talisman", "caiman", "shaman") or lem in ("human",):
        return True
    if lem.endswith("ist") and len(lem) > 5 and lem not in _NOT_IST:
        return True
    return False


# animals may take lines and be characters; a name given to one is not a thing's name
ANIMAL_NOUNS = {
    "dog", "cat", "horse", "pony", "puppy", "kitten", "bird", "parrot", "owl", "raven",
    "crow", "rabbit", "hare", "mouse", "rat", "fox", "wolf", "bear", "goat", "sheep",
    "cow", "pig", "hound", "mare", "stallion", "foal", "cub", "pup", "hen", "duck",
    "goose", "snake", "lizard", "ferret", "hamster", "fish", "dragon", "beast", "animal",
    "pet", "mutt", "tomcat", "spaniel", "terrier", "collie", "mule", "donkey", "creature",
}


def thing_noun(t) -> bool:
    """A common noun that names neither a person nor an animal ('a starter', 'the boat')."""
    if t.pos_ != "NOUN" or not t.text.islower():
        return False
    lem, low = t.lemma_.lower(), t.lower_
    return not ({lem, low} & (PERSON_NOUNS | ANIMAL_NOUNS) or suffix_person(lem))
