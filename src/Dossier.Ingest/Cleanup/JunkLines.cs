using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Core;

namespace Dossier.Ingest.Cleanup;

/// <summary>
/// Recognises the lines that scraping leaves around an article: URL-only lines, share and subscribe
/// prompts, comment counters, "Source link" footers, logo and section labels, photo credits and
/// navigation crumbs. Each rule needs the whole line to be of that kind (or, for credits, a
/// parenthesised or trailing credit), so sentences that merely use the words are left alone.
/// </summary>
internal static partial class JunkLines
{
    private const int StartLabelBlocks = 3;

    [GeneratedRegex(@"^<?(?:https?://|www\.)\S+>?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlOnly();

    [GeneratedRegex(@"^(?:share|teilen|partager|compartir|condividi|compartilhar|delen|udostępnij|поделиться|поділитися|paylaş)(?:\s+(?:this|on|via|with|it|now|story|article|post|page|diesen|den|cet|esta|este|questo)\b.{0,40})?\s*[:!.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareLine();

    // A prompt starts with the call to action (an adverb may come first, as machine translation likes to add
    // one: "Simply subscribe to ..."), or ends a short teaser with one ("Want more? Subscribe now and ...").
    [GeneratedRegex(@"^(?:(?:simply|just|please|now|so|einfach|jetzt)\s+)?(?:subscribe|sign up|signup|abonnieren|abonnez|suscr[ií]bete|iscriviti|assine|inscreva|jetzt abonnieren|get our|join our)\b.{0,120}$|^.{0,80}\bnewsletter\b.{0,60}$|^.{0,60}[?!.]\s+(?:subscribe (?:now|today)|jetzt abonnieren|abonnez-vous|suscríbete ahora|abbonati ora)\b.{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex SubscribeLine();

    // The heading of a subscribe box ("Stay informed with free updates", machine-translated "Stay in view of the free
    // updates"): an offer of news, counted as junk only when the box's prompt follows it (see ClassifyBlock).
    [GeneratedRegex(@"^(?:stay|keep|get|be|never miss)\b.{0,50}\b(?:updates?|informed|up to date|in the know|alerts?|newsletters?|briefings?|headlines)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubscribeHeading();

    [GeneratedRegex(@"^(?:\d[\d.,]*|no|keine|zero|one)\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|responses|replies|reactions)(?:\s*\(.{0,80}\))?$|^(?:comments?|kommentare?|commentaires?|comentarios?)\s*[(\[:]?\s*\d*\s*[)\]]?$|^(?:view|show|read|load|see|add|leave|post|write|join)\s+(?:all\s+|the\s+)?(?:\d+\s+)?(?:a\s+)?(?:comments?|discussion)\b.{0,20}$|^be the first to comment\b.{0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^(?:source link|source url|read more|read the (?:full|original) (?:story|article)|continue reading|original (?:article|story|source)|view original(?: article)?|more on this story|read on|weiterlesen|mehr lesen|lire la suite|leer más|leggi tutto)\b.{0,60}$|^(?:this (?:article|story) (?:originally |first )?(?:appeared|was (?:first |originally )?published) (?:on|in|at))\b.{0,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLink();

    [GeneratedRegex(@"^(?:\S{1,30}\s?){0,3}logo$|^logo\b.{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex LogoLine();

    [GeneratedRegex(@"^(?:advertisement|advertising|advertorial|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|ad|ads|promoted|paid content|partner content)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdLabel();

    [GeneratedRegex(@"^(?:world|politics|business|economy|opinion|sport|sports|tech|technology|science|health|culture|entertainment|lifestyle|travel|news|local|national|international|europe|asia|africa|americas|middle east|u\.?s\.?|u\.?k\.?|latest|breaking(?: news)?|live|video|videos|photos|analysis|exclusive|politik|wirtschaft|kultur|welt|ausland|inland|monde|politique|économie|mundo|política|economía|mondo|esteri)$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionWord();

    [GeneratedRegex(@"^(?:photo|photos|photograph|image|images|picture|pictures|foto|fotos|bild|bilder|credit|credits|illustration|graphic|grafik|photo credit|image credit|image source|bildquelle|quelle foto|fotografía|imagem)s?(?:\s+(?:credits?|source|by|von|de))?\s*[:©|/–-]?\s*.{1,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)\s*.{0,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"\b(?:getty images|reuters|associated press|ap photo|afp|epa|dpa|imago|shutterstock|istock|picture alliance|photo|foto|image)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyWord();

    [GeneratedRegex(@"\((?:[A-Z]{2,5}\s+)?(?:Photo|Foto|Image|Picture|Photograph)s?\s*[:/][^()]{1,100}\)|(?<=[.!?”""]\s+|^)(?:Photo|Image|Foto|Picture|Photograph)(?: credit)?\s*:\s*[^.!?]{1,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex PartialCredit();

    [GeneratedRegex(@"^(?:[^>»›]{1,40}\s?[>»›]\s?){2,}[^>»›]{1,60}$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(?:skip to (?:main )?(?:content|navigation|menu)|back to top|jump to (?:navigation|content)|toggle navigation|main menu|menu|next (?:article|post|story)|previous (?:article|post|story)|zum inhalt springen|nach oben|all rights reserved\.?|alle rechte vorbehalten\.?|tous droits réservés\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationLine();

    [GeneratedRegex(@"^(?:mehr zum thema|schon gelesen|lesen sie auch\b.{0,40}|mehr (?:\S+ ){0,2}(?:auf|bei|von|aus) \S+(?: \S+)?|das könnte (?:sie|dich|euch) auch interessieren|originalartikel|original article|zum originalartikel|artikel|beitrag|news|blog|startseite|home|externer inhalt|external content|empfohlener externer inhalt|alle angaben ohne gewähr|\(alle angaben ohne gewähr\)|veja também|leia também|vous aimerez aussi|à voir aussi|voir aussi|vedi anche|ver también|lees ook|zie ook|czytaj (?:także|też|również)|zobacz (?:także|też|również)|читайте также|neueste (?:artikel|beiträge|nachrichten)|neue (?:artikel|beiträge)|zum weiterlesen|weiterlesen|entdecke weitere\b.{0,40}|entdecken sie (?:jetzt|mehr|weitere)\b.{0,40}|vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|originalpublikation|originalveröffentlichung|quellenangaben?|quellen (?:ausblenden|anzeigen|einblenden)|literatur|kontakt|contact(?: us)?|impressum|erschienen in|published in|newsticker|live-?ticker|ansprechpartner(?:in)?(?: zum thema)?|mehr (?:dazu|themen|artikel|news|nachrichten|aus \S+)|auch interessant|ebenfalls interessant|weitere (?:themen|artikel|beiträge|nachrichten|informationen|links)|das könnte sie auch interessieren|dies könnte sie auch interessieren|empfehlungen(?: aus der redaktion)?|unsere empfehlungen|related(?: articles| stories| posts| content| links| topics)?|more (?:from|on|stories|articles|news)\b.{0,40}|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| articles)?|read (?:next|also|more)|see also|lesen sie auch|lesen sie mehr|über den autor|über die autorin|zur person|about the author|most (?:read|popular|viewed)|meistgelesen|meist gelesen|beliebte (?:artikel|beiträge)|top (?:stories|news|themen)|trending(?: now)?|kommentare?|leave a (?:reply|comment)|schreibe einen kommentar|kommentar schreiben|dazu passend|passend (?:dazu|zum thema)|ähnliche (?:artikel|beiträge|themen)|verwandte (?:artikel|themen|beiträge)|weiterführende links|à lire aussi|lire aussi|sur le même sujet|te puede interesar|leer también|noticias relacionadas|potrebbe interessarti|leggi anche|photo credits?|image credits?|bildnachweise?|fotonachweise?|quellen?|sources?|tags|schlagworte|schlagwörter|themen|topics|categories|kategorien|teilen|drucken|print|zurück|back|weiter|next|previous)\s*[:.!?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"^(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?:\s?(?:uhr|h|am|pm))?|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})(?:\s*[,|/-]?\s*\d{1,2}:\d{2}(?:\s?(?:uhr|h|am|pm))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnly();

    private static readonly HashSet<string> SocialWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "print", "pinterest", "reddit", "telegram",
        "xing", "copy", "link", "tweet", "share", "messenger", "flipboard", "drucken", "teilen", "threads", "bluesky", "mastodon",
        "pocket", "sms", "imprimer", "partager", "compartir", "url", "copied", "kopieren", "teilen:", "share:", "vk", "viber",
    };

    /// <summary>The kind of junk a whole block is, or null when it is ordinary text.</summary>
    /// <param name="line">The block's text, trimmed.</param>
    /// <param name="index">Position of the block in the document.</param>
    /// <param name="count">Number of blocks in the document.</param>
    public static ExclusionReason? Classify(string line, int index, int count)
    {
        if (line.Length == 0 || line.Length > 300)
        {
            return null;
        }

        var words = WordCount(line);
        if (words <= 2 && UrlOnly().IsMatch(line))
        {
            return ExclusionReason.UrlLine;
        }

        if (words <= 8 && (ShareLine().IsMatch(line) || IsSocialList(line)))
        {
            return ExclusionReason.ShareLine;
        }

        if (words <= 16 && SubscribeLine().IsMatch(line))
        {
            return ExclusionReason.SubscribeLine;
        }

        if (words <= 8 && CommentCount().IsMatch(line))
        {
            return ExclusionReason.CommentCount;
        }

        if (words <= 20 && SourceLink().IsMatch(line))
        {
            return ExclusionReason.SourceLink;
        }

        if (words <= 3 && LogoLine().IsMatch(line))
        {
            return ExclusionReason.LogoLine;
        }

        if (words <= 3 && (AdLabel().IsMatch(line) || (index < StartLabelBlocks && (SectionWord().IsMatch(line) || IsCapsLabel(line)))))
        {
            return ExclusionReason.SectionLabel;
        }

        if (words <= 14 && (IsCreditLine(line) || (CopyrightLine().IsMatch(line) && AgencyWord().IsMatch(line))))
        {
            return ExclusionReason.PhotoCredit;
        }

        if (words <= 16 && (NavigationLine().IsMatch(line) || Breadcrumb().IsMatch(line) || (CopyrightLine().IsMatch(line) && index >= count - 3)))
        {
            return ExclusionReason.Navigation;
        }

        return null;
    }

    /// <summary>
    /// The kind of junk block <paramref name="index"/> of <paramref name="text"/> is, or null: <see cref="Classify(string, int, int)"/>
    /// on its trimmed text, and a short line offering news ("Stay informed with free updates") that heads a subscribe
    /// prompt in the next block (alone it could be a headline).
    /// </summary>
    public static ExclusionReason? ClassifyBlock(string text, ImmutableArray<Block> blocks, int index)
    {
        var line = text[blocks[index].Start..blocks[index].End].Trim();
        if (Classify(line, index, blocks.Length) is { } reason)
        {
            return reason;
        }

        if (index + 1 >= blocks.Length || line.Length == 0 || WordCount(line) > 10 || !SubscribeHeading().IsMatch(line))
        {
            return null;
        }

        var next = text[blocks[index + 1].Start..blocks[index + 1].End].Trim();
        return WordCount(next) <= 16 && SubscribeLine().IsMatch(next) ? ExclusionReason.SubscribeLine : null;
    }

    /// <summary>
    /// Lines that web pages wrap around an article and that never belong to its body: "related"
    /// headings, bare dates and "updated" stamps, reading times, picture and agency credits, ad labels,
    /// comment-form labels, ratings, share and feedback prompts, donation appeals. Used by HTML
    /// extraction only: in a plain-text article a date line is information the analysis may want.
    /// </summary>
    public static bool IsPageNoise(string line)
    {
        if (line.Length == 0 || line.Length > 200)
        {
            return false;
        }

        var words = WordCount(line);
        if (words <= 8 && (RelatedHeading().IsMatch(line) || DateOnly().IsMatch(line) || FeedbackPrompt().IsMatch(line)))
        {
            return true;
        }

        if (words <= 12 && Control().IsMatch(line))
        {
            return true;
        }

        if (words <= 10 && (DateStamp().IsMatch(line) || ReadingTime().IsMatch(line) || FormLabel().IsMatch(line) || Rating().IsMatch(line)))
        {
            return true;
        }

        if (words <= 16 && (PictureCredit().IsMatch(line) || AgencyCredit().IsMatch(line) || (line.Contains('©', StringComparison.Ordinal) && words <= 12)))
        {
            return true;
        }

        return (words <= 16 && ServiceLine().IsMatch(line)) || (words <= 25 && (AdLabelWithText().IsMatch(line) || Appeal().IsMatch(line)));
    }

    [GeneratedRegex(@"^(?:veröffentlicht|aktualisiert|erstellt|geändert|stand|zuletzt aktualisiert|published|updated|last updated|posted|modified|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|gepubliceerd|bijgewerkt|asked|answered|edited|geschrieben|verfasst)(?:\s+(?:am|on|le|el|il|op|at|um|von|by))?\s*:?\s*.{0,60}\d.{0,30}$|^\d{4}-\d{2}-\d{2}\s*[|·•-]\s*.{1,40}$|^\d{1,2}\.\s*\p{L}{3,10}\.?\s+\d{4},?\s*\d{1,2}:\d{2}.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex DateStamp();

    [GeneratedRegex(@"^(?:lesezeit|reading time|temps de lecture|tiempo de lectura)?\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute)?n?s?\.?)\s*(?:read|lesezeit|lesen|de lecture|de lectura|lettura)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(?:e-?mail|name|website|webseite|kommentar|comment|your (?:name|email|comment))\s*(?:\(.{0,60}\))?\s*\*?:?\s*\*?$|(?:wird nicht veröffentlicht|will not be published|wird benötigt und nicht veröffentlicht|pflichtfelder sind mit|required fields are marked)", RegexOptions.IgnoreCase)]
    private static partial Regex FormLabel();

    [GeneratedRegex(@"^\(?(?:noch\s+)?(?:keine|no|\d+(?:[.,]\d+)?)\s+(?:bewertungen|bewertung|ratings?|votes?|stimmen|sterne|stars)\)?.{0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex Rating();

    [GeneratedRegex(@"^(?:möchten sie|wollen sie|willst du|möchtest du)?\s*(?:den |diesen |die |diese )?(?:artikel|beitrag|seite|rezept|text)\s+(?:teilen|drucken|bewerten|empfehlen|merken|speichern)\s*[?!:]?$|^(?:war|was|is|fanden sie|fandest du)\s+(?:der|dieser|this|the|den|die|diese|das|dieses)\s+(?:artikel|beitrag|article|page|information|informationen|seite|text|post)\s+(?:hilfreich|nützlich|helpful|useful|interessant|informativ)\s*\?.{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackPrompt();

    [GeneratedRegex(@"^(?:titelbild|titelfoto|aufmacherbild|aufmacherfoto|headerbild|beitragsbild|vorschaubild|symbolbild|photograph|photography|photo|photos|foto|fotos|bild|bilder|image|picture|illustration)\s*(?:by|von|:|©|\||/|credit)|^(?:abbildung|abb\.|figure|fig\.)\s*\d*\s*[:.]|^logo (?:des|der|von|of)", RegexOptions.IgnoreCase)]
    private static partial Regex PictureCredit();

    [GeneratedRegex(@"^(?:[A-Z]{2,6}|dpa|afp|ap|reuters|epa|getty images|imago|picture alliance|picture-alliance|shutterstock|istock|keystone|ansa|efe)\s*/\s*\S.{0,40}$")]
    private static partial Regex AgencyCredit();

    [GeneratedRegex(@"^(?:anzeige|werbung|advertisement|sponsored|publicidad|publicité|pubblicità|reklama)\s*[-–:,]|affiliate[- ]links?|partnerlinks?", RegexOptions.IgnoreCase)]
    private static partial Regex AdLabelWithText();

    [GeneratedRegex(@"^(?:quelle|quellen|source|sources|fuente|fonte|źródło|bron)\s*:\s*.{1,60}$|\b(?:nicht (?:mehr )?eingeloggt|not logged in)\b|\bum (?:den|die|diesen|diese) inhalte? .{0,60} zu laden\b|\b(?:als pdf herunterladen|pdf herunterladen|download(?: as)? pdf|pdf download)\b|\b(?:download|get|hol dir|lade dir)\b.{0,60}\bapp\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceLine();

    [GeneratedRegex(@"^(?:(?:bild|bilder|foto|fotos|video|galerie|gallery|image|photo)\s+(?:anzeigen|schließen|vergrößern|öffnen|abspielen|ansehen|zoomen)|zur (?:bilder)?galerie|vollbild|play video|show (?:more|less|all)|mehr anzeigen|weniger anzeigen|alle anzeigen|load more|mehr laden|weiter lesen|read more)(?:\s+(?:bild|bilder|foto|fotos|video|galerie|schließen|anzeigen))*\s*[.!…]*$|\b\d+\s*(?:bis|-|–|to)\s*\d+\s*(?:von|of|de|di)\s*(?:insgesamt\s*)?\d+\b.{0,30}(?:angezeigt|shown|results|ergebnisse|treffer)", RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex(@"^(?:jede (?:kleine )?spende|jetzt spenden|spenden sie|donate|support us|unterstütze uns|unterstützen sie uns|werden sie mitglied|werde mitglied|become a member|jetzt mitglied werden|jetzt abonnieren|jetzt anmelden|jetzt registrieren|melden sie sich an|mehr erfahren|jetzt entdecken|entdecken sie jetzt|hier klicken|click here)", RegexOptions.IgnoreCase)]
    private static partial Regex Appeal();

    /// <summary>Credits inside a longer block: "(AP Photo/Jane Doe)", or a trailing "Photo: J. Doe/Agency" after a caption.</summary>
    public static IEnumerable<(int Start, int End)> PartialCredits(string text)
    {
        foreach (Match match in PartialCredit().Matches(text))
        {
            yield return (match.Index, match.Index + match.Length);
        }
    }

    private static bool IsCreditLine(string line)
    {
        if (!CreditLine().IsMatch(line))
        {
            return false;
        }

        // "Image: ..." is a credit; "Pictures of the summit show ..." is a sentence.
        var afterWord = line.IndexOfAny([':', '©', '|', '/', '–', '-']);
        var firstSpace = line.IndexOf(' ', StringComparison.Ordinal);
        return afterWord >= 0 && (firstSpace < 0 || afterWord <= firstSpace + 14) && !line.EndsWith('?');
    }

    private static bool IsSocialList(string line)
    {
        var words = line.Split([' ', '|', '·', '•', ',', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(SocialWords.Contains);
    }

    private static bool IsCapsLabel(string line) =>
        line.Length >= 2 && line.Any(char.IsLetter) && !line.Any(char.IsLower) && !line.Any(char.IsDigit)
        && !line.Any(c => c is '.' or ',' or '!' or '?' or ':' or '"');

    private static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
