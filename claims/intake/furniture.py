"""Page furniture: the lines a news page carries around its article, recognised one line at a time.

Only whole lines that are clearly furniture are dropped; an article line is never
edited. Each rule names what it drops, so the importer can say why a line went.
The rules are written for French news pages in general (and the English labels
their templates often keep), not for any one site.
"""

import re


def _line(*patterns):
    """A regular expression that must match a whole (stripped) line, case-insensitively."""
    return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)


# News agencies whose name in a byline or a signature names the source of a dispatch.
AGENCIES = (
    r"AFP|Agence France[- ]Presse|Reuters|AP|Associated Press|Belga|ATS|Keystone-ATS|ANSA|APA|AWP|DPA|EFE"
    r"|ANP|La Presse canadienne|PC|Xinhua|ANI|Anadolu|MAP|APS|Bloomberg"
)
AGENCY = re.compile(rf"^(?:{AGENCIES})\b", re.IGNORECASE)

# Each rule names the kind of furniture it drops; the tests show one line per rule.
FURNITURE = {
    "skip link": _line(
        r"(?:aller|passer|acc[ée]der)(?: directement)? (?:au|à) (?:contenu|menu|la recherche|pied de page)"
        r"(?: principal)?.{0,80}",
        r"(?:d[ée]but|fin) du contenu(?: principal)?\.?",
        r"(?:press \W?enter\W? to )?skip to (?:main )?content",
        r"(?:activer|d[ée]sactiver) le contraste.{0,80}",
    ),
    "cookie prompt": _line(
        r"(?:tout )?(?:accepter|refuser)(?: et (?:avancer|continuer|fermer))?",
        r"j['’]accepte(?: les cookies)?",
        # a short line about cookies that asks for consent; an article about cookies keeps its paragraphs
        r"(?=.{0,250}$)(?=.*\bcookies?\b)(?=.*(?:accept|consent|paramètr|gérer|utilise|uses)).*",
        r"(?=.{0,120}$).*\bconsentements?\b.{0,30}:?",
    ),
    "notification prompt": _line(
        r"(?=.{0,200}$)(?=.*\bnotifications?\b)(?=.*(?:recevoir|choix|cliquer|activer|sujets|préférées)).*",
        r"vos choix personnels ont été .{0,100}",
        r".{0,100}recevoir des mises à jour en temps réel.{0,100}",
    ),
    "teaser": _line(
        r"(?:[àa] )?(?:lire|voir|relire|écouter|regarder|découvrir)(?: aussi| également| encore)\b.*",
        r"(?:>>?|»|→)\s*(?:(?:[àa] )?(?:lire|voir|écouter|regarder)\b).*",
        r"(?:(?:[àa] )?lire|voir) (?:aussi|également|plus)\s*:.*",
        r"(?:articles?|sujets?|vidéos?|contenus?) (?:similaires|liés|associés|recommandés|suggérés)",
        r"(?:related|read more|more from).{0,80}",
        # without a sentence's final stop: "Pour mieux comprendre la crise, il faut…." is article text
        r"pour (?:mieux comprendre|aller plus loin|en savoir plus)\b.{0,150}[^.!?]",
        r"sur le même (?:sujet|thème)\b.{0,150}[^.!?]",
        r"(?:la )?suite (?:de l['’]article )?après (?:cette |la )?(?:publicité|annonce)",
        r"(?:autres|plus de|toutes les) vidéos?",
        r"vidéo suivante.{0,60}",
        r"recommandée?s?",
        r"après cet article",
        # a link list entry: time, section, dash and the other story's headline ("10:05Monde - …")
        r"\d{1,2}[:h]\d{2}[A-ZÀ-Ý][\w ]{1,25}\s+-\s+.{5,200}",
    ),
    "share label": _line(
        r"facebook|twitter|x|linkedin|pinterest|whatsapp|telegram|reddit|e-?mail|imprimer|print|tweeter",
        r"partager(?: (?:sur|par|cet article|l['’]article) ?.{0,30})?\s*:?",
        r"share(?: on .{0,30})?|copier le lien|plus",
        r"envoyer (?:par|à) (?:e-?mail|un ami)|enregistrer|sauvegarder|s['’]inscrire|ajouter à mes favoris",
    ),
    "follow prompt": _line(
        r"suivez .{1,60} sur (?:whatsapp|facebook|twitter|x|instagram|telegram|google news)",
        r"tenez-vous au courant .{0,200} en suivant .{1,60}",
        r"appuyez ici|cliquez ici|abonnez-vous.{0,80}",
        r"(?:recevez|inscrivez-vous à) (?:notre|la|nos) newsletters?.{0,100}",
    ),
    "comment form": _line(
        r"laisser un commentaire|leave a (?:comment|reply)|ajouter un commentaire|réagir|répondre",
        r"votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée.*",
        r"your email address will not be published.*",
        r"this site uses akismet to reduce spam.*",
        r"signaler (?:le|ce) (?:commentaire|contenu|abus)",
        r"vos réactions doivent respecter (?:nos|les) (?:cgu|règles|conditions).{0,40}",
        r"chers lecteurs, .{0,250}(?:modération|commentaires?|réactions?).{0,120}",
    ),
    "comment counter": _line(
        r"\d+ (?:commentaires?|réactions?)",
        r"(?:commentaires?|réactions?)\s*\(\d+\)",
        r"aucun (?:commentaire|réaction)",
        r"(?:voir|afficher|lire) (?:les |tous les )?(?:\d+ )?commentaires?",
    ),
    "menu label": _line(
        r"fermer|menu|rechercher|recherche|connexion|se connecter|déconnexion|mon compte|accueil|abonnement",
        r"je m['’]abonne|s['’]abonner|newsletter|en direct|direct|retour|suivant|précédent",
    ),
    "paywall": _line(
        r"(?:cet article est )?réservé aux abonnés\.?.{0,120}",
        r"(?:vous êtes )?déjà abonnée?s?\s*\??.{0,40}",
        r"offre (?:limitée|spéciale|découverte)\s*:.{0,120}",
        r"pour lire la suite.{0,80}",
        r"besoin d['’]aide\s*\??",
        r"vous êtes (?:à présent )?connectée?\(?e?\)? .{0,200}",
        r"dans votre abonnement (?:numérique)?.{0,300}",
        r"accès (?:\d+|un) jours?",
        r"(?:à partir de|dès) \d+[.,]?\d*\s*(?:€|euros?)\b.{0,60}",
    ),
    "reading time": _line(r"(?:temps de )?lecture\s*:?\s*\d+\s*min(?:ute)?(?:\(?s\)?)?\.?"),
    "dossier link": _line(
        r"cet article (?:est issu|fait partie) d[ue] (?:dossier|série).{0,150}",
        r"voir (?:tout le sommaire|le dossier|tout le dossier)",
    ),
    "archive label": _line(
        r"posts? tagged .{1,80}",
        r"archives? (?:de la catégorie|du mot-clé|des étiquettes|du tag)\s*:?.{0,80}",
        r"(?:tag|étiquette|mots?-clés?)\s*:.{0,120}",
    ),
    "photo credit": _line(r"©.{0,80}"),
    "agency signature": _line(rf"/?(?:{AGENCIES})(?:\s*/\s*[a-z]{{1,6}})*\.?"),
    "file name": _line(r"[\w-]*_[\w-]*(?:\.(?:jpe?g|png|gif|webp|mp4))?"),
    "bullet marker": _line(r"[-–—•·*>|]+"),
    "hashtag line": _line(r"#[^\s#]+(?:\s+#[^\s#]+)*"),
    "source link": _line(r"source link|lien source"),
    "back to top": _line(r"(?:bouton )?retour en haut(?: de la page)?|back to top|haut de page"),
    "advertising": _line(r"advertisement|publicité|annonce|sponsorisé|contenu sponsorisé|pub"),
    # Machine metadata a scraper leaves at the foot of a page: a bare timestamp or epoch.
    "page metadata": _line(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?", r"\d{10}"),
}

# A caption: a picture's description ending on its credit, or starting with the photographer's.
CAPTION = re.compile(
    r"^(?=.{10,400}$)(?:"
    r".*©.*"
    r"|.*\((?:[Pp]hoto|[Cc]rédits?|[Cc]redit)s?\s*:\s*[^()]{1,60}\)\.?"
    r"|.*[.!?»)]\s+Photo\s+[A-ZÀ-Ý][\w.' -]{1,40}"
    rf"|[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+){{1,2}}\s*/\s*"
    rf"(?:{AGENCIES}|[A-Z][\w]+(?: [A-Za-z]+){{0,2}})\s+[A-ZÀ-Ý].*"
    r")$"
)
# "Photo ERIC FEFERBERG. AFP", "Crédit : Jean Dupont/Reuters": capitalised names only, case-sensitive.
PHOTO_CREDIT = re.compile(
    r"^(?:Photo|PHOTO|Crédits?(?: photo)?|Illustration)\s*:?\s*(?:[A-ZÀ-Ý][\w'-]*\.?\s*){1,5}"
    r"(?:/\s*[A-Z][\w-]*\.?\s*)?$"
)
# "Copyright © 2018 Radio France Internationale. Droits de reproduction…": who owns the text.
# A bare "© belga" is a picture's credit as often as the text's, so it names no outlet.
COPYRIGHT = re.compile(
    r"^(?:copyright\s*©?|©\s*(?:copyright\s*)?(?=\d{4}))\s*(?:\d{4}\s+)?(?P<owner>[^.,]{2,60})[.,]?.{0,400}$",
    re.IGNORECASE,
)

# "Lire plus d'actualités mondiales :" heads a block of other stories' headlines, down to the blank line.
TEASER_BLOCK = _line(
    r"lire plus d['’]actualités.{0,60}:",
    r"(?:[àa] lire|lire) (?:également|aussi)\s*:",
    r"sur le même sujet\s*:",
    r"(?:dans|sur) (?:la même rubrique|le même thème)\s*:?",
    r"(?:les )?(?:plus lus|articles les plus lus|dernières (?:infos|actualités|nouvelles))\s*:?",
)


def furniture_rule(line):
    """The name of the furniture rule a line matches, or None for an article line."""
    stripped = line.strip()
    if not stripped:
        return None
    for rule, pattern in FURNITURE.items():
        if pattern.match(stripped):
            return rule
    if PHOTO_CREDIT.match(stripped):
        return "photo credit"
    if CAPTION.match(stripped) and not stripped.endswith(("»", "”", '"')):
        return "caption"
    return None


def is_truncated_repeat(line, earlier_lines):
    """A paywalled page repeats its opening, cut off with "…": the article ends there."""
    stripped = line.strip()
    if not stripped.endswith(("...", "…")) or len(stripped) < 60:
        return False
    stem = stripped.rstrip(".…").rstrip()
    return any(other.strip().startswith(stem) and other.strip() != stripped for other in earlier_lines)
