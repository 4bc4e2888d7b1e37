using System.Collections.Frozen;

namespace Dossier.Language;

/// <summary>Small built-in word lists shared by the stages (English news).</summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that keep their period (without the period).</summary>
    public static readonly FrozenSet<string> Abbreviations = Set(
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "gov", "sen",
        "rep", "st", "ste", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co", "plc", "bros", "vs", "etc", "approx",
        "dept", "univ", "assn", "no", "nos", "vol", "pp", "fig", "est", "rev", "hon", "pres", "supt", "messrs", "mme",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "e.g", "i.e", "a.m", "p.m", "al", "cf", "ca", "ave", "blvd", "rd", "atty", "amb", "sec", "ald");

    /// <summary>Abbreviations that are always followed by more of the same sentence (titles, months before a day).</summary>
    public static readonly FrozenSet<string> NonFinalAbbreviations = Set(
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "gov", "sen",
        "rep", "st", "mt", "ft", "no", "vol", "pp", "fig", "rev", "hon", "pres", "supt", "messrs", "mme", "vs",
        "e.g", "i.e", "cf", "atty", "amb", "sec");

    /// <summary>Function words and frequent sentence starters that are never names on their own.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "my", "your", "but", "and", "or", "nor", "so", "yet", "if", "when",
        "while", "as", "at", "in", "on", "of", "for", "from", "to", "by", "with", "without", "after", "before",
        "since", "until", "during", "about", "against", "among", "between", "into", "over", "under", "through",
        "despite", "although", "though", "because", "however", "meanwhile", "also", "still", "even", "only", "some",
        "many", "most", "all", "both", "each", "every", "no", "not", "none", "one", "two", "three", "several",
        "other", "another", "such", "what", "which", "who", "whom", "whose", "why", "how", "where", "then", "now",
        "today", "yesterday", "tomorrow", "tonight", "last", "next", "earlier", "later", "once", "more", "less",
        "much", "few", "any", "unlike", "like", "under", "instead", "according", "asked", "speaking", "following",
        "in", "asked", "neither", "either", "nobody", "everyone", "everybody", "someone", "nothing", "something",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "should", "may", "might", "must", "shall", "yes", "well", "oh", "just", "already", "again", "thus",
        "therefore", "indeed", "perhaps", "maybe", "first", "second", "third", "finally", "instead", "besides",
        "by", "via", "per", "up", "down", "out", "off", "near", "around", "within", "across", "behind", "beyond",
        "whether", "unless", "than", "too", "very", "we're", "it's", "i'm", "don't", "let", "let's", "please",
        "thank", "thanks", "sources", "source", "photo", "read", "share", "subscribe", "updated", "published",
        "see", "click", "watch", "listen", "related", "advertisement", "comments", "comment", "more");

    /// <summary>Plural or generic nouns that open sentences in news and are not names.</summary>
    public static readonly FrozenSet<string> CommonSentenceNouns = Set(
        "officials", "official", "police", "authorities", "residents", "witnesses", "analysts", "critics",
        "diplomats", "talks", "troops", "forces", "soldiers", "negotiators", "observers", "experts", "sources",
        "reporters", "journalists", "protesters", "leaders", "lawmakers", "voters", "people", "government",
        "ministers", "prisoners", "delegates", "delegations", "negotiations", "fighting", "shelling", "speaking",
        "asked", "according", "separately", "earlier", "later", "elsewhere", "overall", "together", "instead",
        "nobody", "withdrawal", "ceasefire", "peace", "war", "news", "breaking", "opinion", "analysis", "update",
        "editor", "editors", "note", "sign", "log", "home", "world", "politics", "business", "sports", "video",
        "photos", "live", "exclusive", "watch", "listen", "read", "share", "tweet", "email", "print", "advertisement",
        "ambassador", "minister", "president", "spokesperson", "spokesman", "spokeswoman", "mediators", "mediator",
        "residents", "citizens", "families", "refugees", "civilians", "both", "neither", "meanwhile", "yet",
        "others", "several", "hundreds", "thousands", "millions", "dozens", "scores", "earlier", "still", "first",
        "satellite", "during", "despite", "while", "although", "since", "after", "before", "until", "once", "if",
        "when", "whether", "where", "what", "why", "how", "who", "which", "our", "their", "his", "her", "its");

    /// <summary>Month names and abbreviations mapped to month numbers.</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Weekday names mapped to ISO day numbers (Monday = 1).</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6,
        ["sunday"] = 7, ["mon"] = 1, ["tue"] = 2, ["tues"] = 2, ["wed"] = 3, ["thu"] = 4, ["thur"] = 4,
        ["thurs"] = 4, ["fri"] = 5, ["sat"] = 6, ["sun"] = 7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that name a role before a person's name (capitalised or not).</summary>
    public static readonly FrozenSet<string> PersonTitles = Set(
        "president", "minister", "ambassador", "gen", "gen.", "general", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
        "dr", "dr.", "prof", "prof.", "professor", "spokesperson", "spokesman", "spokeswoman", "senator", "sen.",
        "rep.", "representative", "governor", "gov.", "mayor", "chancellor", "king", "queen", "prince", "princess",
        "pope", "secretary", "judge", "justice", "commander", "colonel", "col.", "lt.", "lieutenant", "captain",
        "capt.", "sgt.", "sergeant", "major", "maj.", "admiral", "adm.", "marshal", "envoy", "premier", "chairman",
        "chairwoman", "chair", "ceo", "director", "chief", "leader", "sheikh", "ayatollah", "cardinal", "bishop",
        "rabbi", "imam", "sir", "dame", "lord", "lady", "emir", "sultan", "speaker", "mediator", "negotiator",
        "correspondent", "editor", "reporter", "analyst", "fellow", "officer", "official", "lawmaker", "diplomat",
        "prosecutor", "attorney", "coach", "counsel", "superintendent", "inspector", "detective", "vice-president",
        "secretary-general", "deputy", "candidate", "activist", "author", "economist", "historian", "researcher",
        "professor", "columnist", "commentator", "colleague", "aide", "adviser", "advisor", "founder", "owner",
        "strategist", "mp", "mep", "dictator", "warlord", "commissioner", "anchor", "host", "moderator", "presenter",
        "interviewer", "narrator", "pundit", "entrepreneur", "businessman", "businesswoman", "billionaire", "nominee");

    /// <summary>Words that may precede a head title ("Foreign Minister", "Prime Minister").</summary>
    public static readonly FrozenSet<string> TitleModifiers = Set(
        "foreign", "prime", "defence", "defense", "interior", "finance", "deputy", "vice", "acting", "former",
        "first", "chief", "senior", "junior", "special", "state", "economy", "health", "justice", "energy",
        "trade", "education", "culture", "agriculture", "transport", "environment", "labour", "labor", "home",
        "grand", "supreme", "executive", "managing", "general", "lieutenant", "rear", "brigadier", "major",
        "attorney", "interim", "outgoing", "incoming", "opposition", "army", "military", "police", "crown",
        "prince", "presidential", "then", "u.s.", "us", "un", "u.n.", "eu", "nato");

    /// <summary>Head words of organisation names.</summary>
    public static readonly FrozenSet<string> OrgKeywords = Set(
        "ministry", "council", "party", "union", "agency", "army", "front", "reuters", "news", "press", "bank",
        "institute", "university", "college", "school", "committee", "commission", "company", "corporation", "corp",
        "corp.", "inc", "inc.", "ltd", "ltd.", "group", "association", "organization", "organisation", "federation",
        "court", "parliament", "congress", "senate", "navy", "times", "post", "observer", "herald", "ledger",
        "journal", "tribune", "gazette", "telegraph", "guardian", "foundation", "fund", "board", "department",
        "authority", "league", "alliance", "coalition", "movement", "brigade", "brigades", "militia", "assembly",
        "network", "television", "tv", "radio", "airlines", "airways", "bureau", "office", "cabinet", "club",
        "society", "forum", "institution", "partners", "holdings", "industries", "systems", "technologies",
        "associated", "agence", "times", "daily", "weekly", "monitor", "review", "wire", "broadcasting",
        "government", "guard", "corps", "police", "service", "services", "directorate", "secretariat",
        "centre", "center", "exchange", "market", "markets", "capital", "energy", "oil", "gas", "motors");

    /// <summary>Last words of place names.</summary>
    public static readonly FrozenSet<string> PlaceSuffixes = Set(
        "city", "valley", "river", "province", "republic", "region", "sea", "ocean", "mountains", "mountain",
        "island", "islands", "lake", "bay", "gulf", "strait", "coast", "peninsula", "county", "district",
        "oblast", "state", "territory", "territories", "street", "square", "avenue", "road", "bridge", "harbour",
        "harbor", "port", "desert", "plain", "plains", "hills", "heights", "border", "canal", "basin", "delta",
        "airport", "village", "town", "kingdom", "emirates", "strip", "park", "forest", "pass", "cape", "house",
        "palace", "hall", "tower", "stadium", "hotel", "building", "arena", "cathedral", "church", "mosque",
        "temple", "falls", "highway", "oblast", "krai", "canton", "prefecture", "governorate");

    /// <summary>Common countries, capitals and regions.</summary>
    public static readonly FrozenSet<string> Places = Set(
        "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan",
        "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria",
        "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba",
        "cyprus", "czechia", "denmark", "egypt", "england", "eritrea", "estonia", "ethiopia", "europe", "finland",
        "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland",
        "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan",
        "kenya", "korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "libya", "lithuania",
        "luxembourg", "macedonia", "malaysia", "mali", "malta", "mexico", "moldova", "mongolia", "montenegro",
        "morocco", "mozambique", "myanmar", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway",
        "oman", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal",
        "qatar", "romania", "russia", "rwanda", "scotland", "senegal", "serbia", "singapore", "slovakia",
        "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
        "tanzania", "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "uruguay", "uzbekistan",
        "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe", "america", "africa", "asia", "crimea",
        "donbas", "donbass", "gaza", "kashmir", "tibet", "u.s.", "u.k.", "usa", "uk", "us", "uae",
        "kyiv", "kiev", "moscow", "washington", "london", "paris", "berlin", "beijing", "tokyo", "rome", "madrid",
        "brussels", "vienna", "warsaw", "prague", "budapest", "bucharest", "sofia", "athens", "ankara",
        "istanbul", "tehran", "baghdad", "damascus", "beirut", "jerusalem", "cairo", "riyadh", "doha", "dubai",
        "kabul", "islamabad", "delhi", "mumbai", "bangkok", "jakarta", "manila", "seoul", "pyongyang", "taipei",
        "ottawa", "toronto", "mexico", "havana", "caracas", "bogota", "lima", "santiago", "brasilia", "geneva",
        "minsk", "tbilisi", "yerevan", "baku", "kharkiv", "odesa", "odessa", "lviv", "mariupol", "zaporizhzhia",
        "donetsk", "luhansk", "kherson", "bakhmut", "sevastopol", "helsinki", "stockholm", "oslo", "copenhagen",
        "amsterdam", "lisbon", "dublin", "edinburgh", "nairobi", "lagos", "johannesburg", "khartoum", "tripoli",
        "tunis", "algiers", "rabat", "ramallah", "tel", "aviv", "hong", "kong", "shanghai", "sydney", "canberra",
        "york", "california", "texas", "florida", "chicago", "boston", "iowa", "ohio", "virginia", "hampshire",
        "carolina", "michigan", "pennsylvania", "wisconsin", "nevada", "arizona", "colorado", "minnesota",
        "siberia", "balkans", "caucasus", "baltic", "mediterranean", "pacific", "atlantic", "arctic");

    /// <summary>Common demonyms and nationality adjectives.</summary>
    public static readonly FrozenSet<string> Demonyms = Set(
        "ukrainian", "russian", "american", "british", "french", "german", "chinese", "japanese", "italian",
        "spanish", "polish", "turkish", "iranian", "iraqi", "israeli", "palestinian", "syrian", "lebanese",
        "egyptian", "saudi", "indian", "pakistani", "afghan", "korean", "european", "african", "asian", "arab",
        "western", "soviet", "belarusian", "georgian", "armenian", "canadian", "mexican", "brazilian", "dutch",
        "swedish", "norwegian", "danish", "finnish", "greek", "hungarian", "romanian", "serbian", "croatian",
        "czech", "slovak", "austrian", "swiss", "belgian", "irish", "scottish", "welsh", "english", "australian",
        "nigerian", "kenyan", "ethiopian", "sudanese", "libyan", "yemeni", "qatari", "emirati", "kurdish",
        "muslim", "christian", "jewish", "catholic", "orthodox", "sunni", "shiite", "shia", "democrat",
        "democrats", "republican", "republicans", "russians", "ukrainians", "americans", "israelis",
        "palestinians", "europeans", "taiwanese", "vietnamese", "thai", "filipino", "indonesian", "crimean");

    /// <summary>Common given names that end like demonyms (so they are not read as nationalities).</summary>
    public static readonly FrozenSet<string> DemonymLikeNames = Set(
        "christian", "brian", "adrian", "julian", "sebastian", "damian", "fabian", "vivian", "lillian", "marian",
        "florian", "maximilian", "dorian", "ian", "cassian", "kilian", "killian", "gillian", "jillian", "cristian");

    /// <summary>Prepositions that introduce places.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set("in", "from", "to", "near", "across", "outside", "inside", "toward", "towards", "into");

    /// <summary>Lowercase connectors allowed inside a name.</summary>
    public static readonly FrozenSet<string> NameConnectors = Set(
        "of", "de", "del", "della", "da", "do", "dos", "das", "di", "du", "van", "von", "der", "den", "la", "le",
        "bin", "ibn", "al", "el", "ter", "y", "for", "the", "and");

    /// <summary>Verbs that introduce what someone said.</summary>
    public static readonly FrozenSet<string> CueVerbs = Set(
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "warned", "warns", "stated", "states",
        "insisted", "insists", "declared", "declares", "explained", "explains", "noted", "notes", "argued",
        "argues", "asked", "asks", "replied", "replies", "wrote", "writes", "announced", "announces", "claimed",
        "claims", "acknowledged", "acknowledges", "admitted", "admits", "suggested", "suggests", "urged", "urges",
        "continued", "recalled", "concluded", "cautioned", "responded", "responds", "stressed", "stresses",
        "emphasised", "emphasized", "maintained", "maintains", "predicted", "predicts", "confirmed", "confirms",
        "denied", "denies", "reiterated", "reiterates", "remarked", "observed", "conceded", "concedes", "tweeted",
        "posted", "pointed", "complained", "complains", "vowed", "vows", "promised", "promises", "believes",
        "believed", "thinks", "thought", "alleged", "alleges", "estimated", "reported", "reports", "assured",
        "agreed", "agrees", "accused", "accuses", "described", "called", "calls", "demanded", "demands", "hoped",
        "hopes", "feared", "fears", "expected", "expects", "indicated", "indicates", "revealed", "reveals",
        "shouted", "joked", "whispered", "repeated", "testified", "signalled", "signaled", "contended", "contends",
        "countered", "counters", "recounted", "speculated", "worried", "worries", "charged", "charges",
        "announced", "proclaimed", "mused", "quipped", "boasted", "lamented", "acknowledged", "insisted",
        "explained", "told", "wrote", "stated", "answered", "answers", "retorted", "retorts", "exclaimed",
        "replied", "scoffed", "pleaded", "sighed", "snapped", "objected", "interjected", "began", "went");

    /// <summary>Cue verbs that may directly introduce a reported clause ("X said (that) ...").</summary>
    public static readonly FrozenSet<string> ClauseCueVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "stated", "states",
        "insisted", "insists", "declared", "declares", "explained", "explains", "noted", "notes", "argued",
        "argues", "wrote", "writes", "announced", "announces", "claimed", "claims", "acknowledged",
        "acknowledges", "admitted", "admits", "suggested", "suggests", "stressed", "stresses", "emphasised",
        "emphasized", "maintained", "maintains", "predicted", "predicts", "confirmed", "confirms", "denied",
        "denies", "reiterated", "reiterates", "conceded", "concedes", "complained", "complains", "vowed", "vows",
        "promised", "promises", "believes", "believed", "thinks", "thought", "alleged", "alleges", "reported",
        "reports", "assured", "agreed", "agrees", "hoped", "hopes", "feared", "fears", "expects", "expected",
        "indicated", "indicates", "revealed", "reveals", "repeated", "testified", "contended", "contends",
        "countered", "speculated", "worried", "charged", "charges", "cautioned", "recalled", "concluded",
        "responded", "replied", "observed", "remarked", "signalled", "signaled", "pointed", "know", "knows",
        "knew", "felt", "feels", "realized", "realised", "decided", "announced", "estimated", "insisted", "found",
        "finds", "shows", "showed", "show", "ruled", "rules", "argue", "claim", "suggest", "admit", "worry",
        "understood", "estimates", "concluded", "determined", "projected", "predicted", "acknowledge", "contend",
        "saying", "arguing", "claiming", "demanding", "adding", "announcing", "confirming", "stressing", "noting",
        "insisting", "warning", "explaining", "suggesting", "acknowledging", "recognizing", "recognising",
        "declaring", "asserting", "asserted", "asserts", "alleging", "complaining", "predicting", "promising");

    /// <summary>Pronouns that can stand for a speaker.</summary>
    public static readonly FrozenSet<string> SpeakerPronouns = Set("he", "she", "they", "i", "we");

    /// <summary>Nouns that can head a speaker noun phrase ("the ministry", "a spokesperson").</summary>
    public static readonly FrozenSet<string> SpeakerNouns = Set(
        "ministry", "government", "spokesperson", "spokesman", "spokeswoman", "official", "officials", "statement",
        "minister", "president", "police", "army", "military", "agency", "office", "embassy", "council", "committee",
        "source", "sources", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "leader",
        "leaders", "mediator", "negotiator", "negotiators", "envoy", "ambassador", "delegation", "delegate",
        "member", "members", "residents", "resident", "witness", "witnesses", "observers", "observer", "report",
        "company", "campaign", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "commander",
        "commanders", "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney", "authorities", "kremlin",
        "administration", "department", "secretary", "chief", "critics", "critic", "supporters", "opponents",
        "campaign", "party", "group", "union", "bank", "court", "judge", "parliament", "lawmakers", "lawmaker",
        "senator", "governor", "mayor", "organisation", "organization", "people", "person", "man", "woman",
        "officer", "officers", "soldier", "soldiers", "survey", "poll", "study", "documents", "document", "letter",
        "researchers", "scientists", "economists", "campaigners", "activists", "protesters", "voters", "candidate",
        "team", "board", "side", "commission", "authority", "regulator", "spokespeople", "representative",
        "representatives", "insiders", "insider", "staff", "staffers", "source", "agency", "broadcaster",
        "newspaper", "outlet", "channel", "daily", "network", "nominee", "speaker", "chairman", "chairwoman",
        "director", "executive", "executives", "ceo", "founder", "professor", "fellow", "editor", "reporter");
}
