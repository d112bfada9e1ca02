"""English words the relation grammar reads: closed word classes and small lexicons of verbs,
participles and nouns, each a set a reader can extend. Plain data; nothing here imports the rest
of graphbuild."""

RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
# "agreed to enrich themselves": the subject again, never a second party.
REFLEXIVES = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
# Prepositions through which a noun leads on to the entity it is about ("members of X").
NOUN_PREPOSITIONS = {"of", "against", "with", "to", "for", "from", "in", "on", "at", "between",
                     "about", "over", "into", "throughout", "behalf", "by", "toward", "towards"}
# Verbs whose object, not subject, does what the infinitive says ("urged Sessions to resign").
OBJECT_CONTROL_VERBS = {"ask", "urge", "tell", "order", "force", "persuade", "encourage",
                        "require", "allow", "permit", "invite", "advise", "instruct", "want",
                        "expect", "enable", "help", "cause", "compel", "direct", "convince",
                        "pressure", "press", "push", "authorize", "forbid", "prohibit",
                        "appoint", "elect", "name", "hire", "nominate", "select", "choose",
                        "warn", "remind", "beg", "implore", "get", "lead", "prompt", "call"}
# Participles whose agent owns or runs the noun ("a firm controlled by X"): X is not what a verb
# over the noun acts on, unlike the agent of an action noun ("charges brought by the SEC").
OWNER_PARTICIPLES = {"control", "own", "run", "operate", "manage", "lead", "head", "found",
                     "chair", "direct", "establish", "co-found", "cofound"}
# Prepositions inside a title before a name: "Chief of Staff", "Special Agent in Charge".
TITLE_LINKS = {"of", "in", "for", "at", "to"}
# Verbs that install their object in a post; a participle after them ("appointed Lee as health
# secretary, replacing Ortiz") is the appointee's act, as the infinitive after "urge" is.
APPOINTMENT_VERBS = {"appoint", "name", "hire", "nominate", "select", "choose", "elect", "tap",
                     "pick", "install", "promote", "designate", "recruit", "assign"}
# Participles that place the noun before them: "the University of Arizona located in Tucson".
LOCATING_PARTICIPLES = {"locate", "base", "headquarter", "headquartered", "situate"}
# Nouns with the ending of a role noun ("-er", "-ent", "-ant") that name things, not people:
# "a space flight center" holds no post.
THING_NOUNS = {"center", "centre", "letter", "number", "order", "matter", "quarter", "border",
               "water", "paper", "power", "corner", "chamber", "computer", "disaster", "offer",
               "answer", "layer", "tower", "weather", "winter", "summer", "river", "cluster",
               "charter", "register", "manner", "event", "percent", "incident", "element",
               "content", "plant", "grant", "restaurant", "amount", "account", "headquarter",
               "headquarters", "counter", "filter", "trailer", "banner", "shelter", "folder",
               "thunder", "silver", "timber", "rubber", "lever", "barrier", "container"}
# Prepositions that open a list of what a noun stands for ("companies, including A and B").
LIST_PREPOSITIONS = {"including", "like"}
# "According to the Justice Department, Sessions met ...": the source, not an object.
SOURCE_PREPOSITIONS = {"according", "per"}
DATELINE_DASHES = {"–", "—", "-", "--", "―"}

# Nouns of a body that acts for its owner: "Maduro's government arrested X" (Maduro's act),
# unlike "his client would cooperate".
GOVERNING_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "forces",
                             "troops", "police", "army", "military", "authorities"})

# Verbs that link a subject to a description: an infinitive hung on one ("became the target of
# a campaign to portray him") is the description's, not the subject's act.
LINKING_VERBS = {"be", "become", "remain", "seem"}

# Nouns for a place's own bodies: "police in Uganda arrested" is Uganda's police acting, while
# "a judge in Miami sentenced" is no act of Miami.
ACTING_BODIES = {"police", "army", "official", "authority", "government", "force", "troop"}
