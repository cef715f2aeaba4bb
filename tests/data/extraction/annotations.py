# ruff: noqa: E501  (article text and quotes are kept on the lines they were copied to)
"""Who says what in the second development set, annotated by hand with the seeds' conventions.

Conventions (those of fixtures/claims.json): the quote is the whole attributing clause, source and
cue included (for an incise, from the quotation to the source's name); the outlet's own
conditional is recorded without actor as `suspects`; a report whose content is negated ("aucun",
"jamais", "rien", "infondées", "sans fondement") or that calls an accusation false `denies` it.
Each entry: article slug, [(quote, [actor slugs], stance, cue)]; a quote is found by its first
occurrence in the body.
"""

ACTORS = [
    # slug, name, kind, parent, aliases
    ("gouvernement-russe", "Gouvernement russe", "government", None, ["Moscou", "la Russie", "le Kremlin"]),
    (
        "serguei-lavrov",
        "Sergueï Lavrov",
        "person",
        "gouvernement-russe",
        [
            "Lavrov",
            "M. Lavrov",
            "le chef de la diplomatie russe",
            "le ministre russe des Affaires étrangères",
        ],
    ),
    ("dmitri-peskov", "Dmitri Peskov", "person", "gouvernement-russe", ["Peskov", "M. Peskov"]),
    (
        "gouvernement-britannique",
        "Gouvernement britannique",
        "government",
        None,
        ["Londres", "le Royaume-Uni"],
    ),
    (
        "theresa-may",
        "Theresa May",
        "person",
        "gouvernement-britannique",
        ["la Première ministre britannique"],
    ),
    (
        "gouvernement-americain",
        "Gouvernement des États-Unis",
        "government",
        None,
        ["Washington", "les États-Unis", "la Maison-Blanche"],
    ),
    ("victoria-nuland", "Victoria Nuland", "person", "gouvernement-americain", ["Nuland"]),
    ("kommersant", "Kommersant", "media", None, []),
    (
        "ministere-iranien-des-affaires-etrangeres",
        "Ministère iranien des Affaires étrangères",
        "government",
        None,
        ["la diplomatie iranienne"],
    ),
    (
        "bahram-qassemi",
        "Bahram Qassemi",
        "person",
        "ministere-iranien-des-affaires-etrangeres",
        ["Qassemi", "le porte-parole de la diplomatie iranienne"],
    ),
    ("ministere-syrien-de-l-interieur", "Ministère syrien de l’Intérieur", "government", None, []),
    ("nour-eddine-al-baba", "Nour Eddine al-Baba", "person", "ministere-syrien-de-l-interieur", ["Al-Baba"]),
    (
        "ministere-algerien-de-la-jeunesse",
        "Ministère algérien de la Jeunesse",
        "government",
        None,
        ["le ministère de la Jeunesse"],
    ),
    (
        "ministere-tunisien-de-la-defense",
        "Ministère tunisien de la Défense nationale",
        "government",
        None,
        ["le ministère de la Défense nationale"],
    ),
    (
        "ministere-tunisien-de-l-interieur",
        "Ministère tunisien de l’Intérieur",
        "government",
        None,
        ["le ministère de l’Intérieur"],
    ),
    (
        "gouvernement-guineen",
        "Gouvernement guinéen",
        "government",
        None,
        ["les autorités guinéennes", "l’Etat guinéen"],
    ),
    (
        "conseil-des-ministres-guineen",
        "Conseil des ministres guinéen",
        "government",
        "gouvernement-guineen",
        ["le conseil des ministres"],
    ),
    ("opposition-guineenne", "Opposition guinéenne", "group", None, ["l'opposition"]),
    ("amnesty-international", "Amnesty International", "organisation", None, ["Amnesty"]),
    ("human-rights-watch", "Human Rights Watch", "organisation", None, ["HRW", "Human Right Watch"]),
    ("washington-post", "Washington Post", "media", None, ["le Washington Post"]),
    ("olaf-scholz", "Olaf Scholz", "person", None, ["Scholz", "le chancelier allemand"]),
    (
        "ministere-tchadien-de-la-securite-publique",
        "Ministère tchadien de la Sécurité publique et de l'Immigration",
        "government",
        None,
        ["le ministre de la Sécurité publique et de l'Immigration"],
    ),
    (
        "ministere-tunisien-de-l-agriculture",
        "Ministère tunisien de l’Agriculture",
        "government",
        None,
        [
            "le ministère de l’Agriculture",
            "le ministère de l’Agriculture, des Ressources Hydrauliques et de la Pêche Maritime",
        ],
    ),
    ("gouvernement-francais", "Gouvernement français", "government", None, ["Paris", "la France"]),
    (
        "damantang-camara",
        "Damantang Camara",
        "person",
        "gouvernement-guineen",
        ["Damantang", "le ministre Damantang"],
    ),
    ("gouvernement-togolais", "Gouvernement togolais", "government", None, ["Lomé"]),
    ("liberte-togo", "Liberté (quotidien togolais)", "media", None, ["le quotidien Liberté"]),
    (
        "rejadd",
        "Regroupement des jeunes africains pour la démocratie et le développement",
        "organisation",
        None,
        ["REJADD"],
    ),
    (
        "raidhs",
        "Réseau africain pour les initiatives de droits de l’homme et de solidarité",
        "organisation",
        None,
        ["RAIDHS"],
    ),
]

TUNISIAN_MINISTRIES = ["ministere-tunisien-de-la-defense", "ministere-tunisien-de-l-interieur"]

ANNOTATIONS = {
    "lavrov-parle-de-propagande-anti-russe-a-londres": [
        (
            "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a jugé vendredi que les informations parues "
            "en Grande-Bretagne impliquant la Russie dans l'empoisonnement d'un ex-agent double russe n'étaient pas "
            "sérieuses",
            ["serguei-lavrov"],
            "denies",
            "a jugé",
        ),
        ('Il les a qualifiées de "propagande"', ["serguei-lavrov"], "denies", "a qualifiées de"),
        (
            "La Première ministre britanniaue, Theresa May, a déclaré jeudi que le Royaume-Uni réagirait de manière "
            "appropriée si l'enquête démontre que la Russie est derrière l'empoisonnement de Sergueï Skripal et de sa "
            "fille Ioulia",
            ["theresa-may"],
            "asserts",
            "a déclaré",
        ),
        (
            "Sergueï Lavrov a dit que les autorités russes n'avaient reçu directement aucune information concrète sur "
            "ce qui est arrivé à Sergueï Skripal et sa fille",
            ["serguei-lavrov"],
            "denies",
            "a dit",
        ),
        (
            "\"On n'a que des informations de presse (...) qui disent que si c'est la Russie, alors il y aura une "
            'réponse dont la Russie se souviendra pour toujours", a-t-il dit',
            ["serguei-lavrov"],
            "asserts",
            "a-t-il dit",
        ),
        (
            "\"Ce n'est pas sérieux. Ce n'est rien que de la propagande et cela vise à faire monter la tension\", a "
            "ajouté Sergueï Lavrov",
            ["serguei-lavrov"],
            "denies",
            "a ajouté",
        ),
        (
            "Le chef de la diplomatie russe a redit que le Kremlin était disposé à apporter son aide dans cette "
            "affaire, comme sur d'autres sujets, mais uniquement sur la base de faits",
            ["serguei-lavrov"],
            "asserts",
            "a redit",
        ),
        (
            '"Et pour avoir une conversation sérieuse (...), il faut utiliser les canaux officiels", a-t-il rappelé',
            ["serguei-lavrov"],
            "asserts",
            "a-t-il rappelé",
        ),
    ],
    "lavrov-dement-une-invasion-de-troupes-russes": [
        (
            "Le ministre russe des Affaires étrangères Sergue? Lavrov a démenti vendredi les reportages faisant état "
            "d'une invasion de troupes russes dans les régions de l'est de Ukraine",
            ["serguei-lavrov"],
            "denies",
            "a démenti",
        ),
        (
            "\"Il n'existe aucun fait venant étayer les allégations d'invasion\", a déclaré M. Lavrov",
            ["serguei-lavrov"],
            "denies",
            "a déclaré",
        ),
        (
            '"Il y a eu de précédents reportages sur des images satellites montrant des mouvements de troupes '
            "russes. Comme on l'a vu ensuite, il s'agissait de clichés de jeux vidéos. Les nouvelles accusations sont "
            'du même ordre", a déclaré M. Lavrov',
            ["serguei-lavrov"],
            "denies",
            "a déclaré",
        ),
        (
            "La Russie va maintenir sa ligne politique constante qui vise à mettre fin à l'effusion de sang dans les "
            "régions du sud-est de l'Ukraine ainsi qu'à contribuer à l'ouverture d'un véritable dialogue national et à "
            "la tenue de négociations impliquant l'ensemble des partis politiques et des régions de l'Ukraine, a "
            "indiqué M. Lavrov",
            ["serguei-lavrov"],
            "asserts",
            "a indiqué",
        ),
        (
            "Le ministre a fait savoir que Moscou et Kiev étaient en contact pour convenir des modalités relatives à "
            "l'acheminement d'un autre convoi humanitaire russe, qui doit être envoyé dans les prochains jours",
            ["serguei-lavrov"],
            "asserts",
            "a fait savoir",
        ),
        (
            '"Nous avons envoyé une seconde note au ministère ukrainien des Affaires étrangères, en prenant en compte '
            'les propositions de Kiev ", a indiqué M. Lavrov',
            ["serguei-lavrov"],
            "asserts",
            "a indiqué",
        ),
        (
            "\"De notre point de vue, nous avons une vision commune sur la fa?on d'assurer la sécurité du second "
            "convoi destiné au sud-est de l'Ukraine et la distribution de la cargaison.\"",
            ["serguei-lavrov"],
            "asserts",
            "",
        ),
    ],
    "les-etats-unis-dementent-avoir-envoye-un-avertissement-a-l-iran": [
        (
            "Les Etats-Unis ont démenti hier les informations d'un quotidien russe",
            ["gouvernement-americain"],
            "denies",
            "ont démenti",
        ),
        (
            "selon lequel Washington aurait demandé à Moscou d'avertir l'Iran que les prochaines discussions sur son "
            "programme nucléaire seraient celles de «la dernière chance»",
            ["kommersant"],
            "asserts",
            "selon lequel",
        ),
        (
            "«La secrétaire d'Etat n'a pas adressé d'avertissement aux Iraniens via le ministre russe des Affaires "
            "étrangères Sergueï Lavrov», a déclaré à la presse Victoria Nuland",
            ["victoria-nuland"],
            "denies",
            "a déclaré",
        ),
        (
            "Nuland a répondu en ces termes: « Elle n'a pas utilisé pareille épithète durant la rencontre »",
            ["victoria-nuland"],
            "denies",
            "a répondu",
        ),
    ],
    "iran-qassemi-dement-les-declarations-de-nikki-haley": [
        (
            "Le porte-parole de la diplomatie iranienne a affirmé que la RII n'avait jamais formulé une seule demande "
            "de rencontre avec Donald Trump, président américain",
            ["bahram-qassemi"],
            "denies",
            "a affirmé",
        ),
        (
            "Bahram Qassemi, porte-parole du ministère iranien des Affaires étrangères, a démenti les déclarations de "
            "Nikki Haley, ambassadrice américaine auprès des Nations unies",
            ["bahram-qassemi"],
            "denies",
            "a démenti",
        ),
        (
            "« De telles allégations sont l’œuvre de certains milieux qui cherchent à falsifier la réalité. Nous "
            "sommes bien conscients de telles méthodes. Je répète une nouvelle fois que la RII ne demandera jamais à "
            "rencontrer M. Trump », a indiqué Qassemi",
            ["bahram-qassemi"],
            "denies",
            "a indiqué",
        ),
    ],
    "souieda-le-porte-parole-du-ministere-de-l-interieur-dement-le-siege": [
        (
            "Le porte-parole du ministère de l’Intérieur, Nour Eddine al-Baba, a indiqué que les allégations "
            "concernant le siège du gouvernorat de Soueïda par le gouvernement syrien sont infondées et créées de "
            "toutes pièces",
            ["nour-eddine-al-baba"],
            "denies",
            "a indiqué",
        ),
        (
            "Il a fait noter que le gouvernement syrien a ouvert des points de passage humanitaires pour acheminer "
            "l’aide à nos concitoyens civils à l’intérieur du gouvernorat, en coopération avec des organisations "
            "humanitaires locales et internationales, et pour faciliter la sortie temporaire de ceux qui souhaitent "
            "quitter les zones contrôlées par les groupes hors-la-loi",
            ["nour-eddine-al-baba"],
            "asserts",
            "a fait noter",
        ),
        (
            "« Les allégations du siège sont une propagande lancée par les groupes hors-la-loi pour promouvoir "
            "l’ouverture de passages non officiels vers les environs de Soueïda, à l’intérieur et à l’extérieur de la "
            "république », a-t-il assuré",
            ["nour-eddine-al-baba"],
            "denies",
            "a-t-il assuré",
        ),
        (
            "Al-Baba a ajouté que l’objectif de ces actions étaient de stimuler le commerce des armes et du "
            "captagon, principale source de financement de ces groupes",
            ["nour-eddine-al-baba"],
            "asserts",
            "a ajouté",
        ),
        (
            "Le porte-parole a enfin souligné que le retour des institutions légitimes de la République arabe "
            "syrienne pour rétablir l’État de droit dans le gouvernorat de Soueïda menace la survie des bandes "
            "hors-la-loi, et affecte leur financement illégal",
            ["nour-eddine-al-baba"],
            "asserts",
            "a souligné",
        ),
    ],
    "le-ministere-de-la-jeunesse-dement-des-declarations-attribuees-a-son-ministre": [
        (
            "Le ministère de la Jeunesse a démenti, ce samedi, des déclarations erronées attribuées à son ministre, "
            "Mustapha Haïdaoui",
            ["ministere-algerien-de-la-jeunesse"],
            "denies",
            "a démenti",
        ),
        (
            "le ministère a précisé que les propos en question, repris par certains médias en Algérie à partir de "
            "cette source, prétendaient que le ministre aurait déclaré",
            ["ministere-algerien-de-la-jeunesse"],
            "asserts",
            "a précisé",
        ),
        (
            "Le ministère a affirmé que « le ministre n’a tenu aucune déclaration de ce genre, ni lors d’une rencontre "
            "officielle, ni dans un cadre médiatique »",
            ["ministere-algerien-de-la-jeunesse"],
            "denies",
            "a affirmé",
        ),
        (
            "soulignant que « les informations publiées sont totalement infondées »",
            ["ministere-algerien-de-la-jeunesse"],
            "denies",
            "soulignant",
        ),
    ],
    "tunisie-la-defense-et-l-interieur-mettent-en-garde-contre-la-desinformation": [
        (
            "Les ministères de la Défense nationale et de l’Intérieur ont annoncé, samedi, par communiqué conjoint, "
            "que « les opérations de ratissage sont toujours en cours pour traquer les éléments terroristes dans "
            "certaines zones.",
            TUNISIAN_MINISTRIES,
            "asserts",
            "ont annoncé",
        ),
        (
            "Divers types d’armenents sont utilisés pour pilonner les sites susceptibles de servir de sanctuaires aux "
            "terroristes », ont-ils souligné",
            TUNISIAN_MINISTRIES,
            "asserts",
            "ont-ils souligné",
        ),
        (
            "« Les éventuelles arrestations ou autres cas de blessures qui pourraient découler ou avoir découlé de ces "
            "opérations » seront annoncés en temps opportun, ajoute le communiqué",
            TUNISIAN_MINISTRIES,
            "asserts",
            "ajoute",
        ),
        (
            "précisant que « toute information qui ne proviendrait pas de sa source officielle sera considérée comme "
            "relevant de la désinformation et du chahutage du déroulement des opérations sécuritaires et militaires "
            "en cours »",
            TUNISIAN_MINISTRIES,
            "asserts",
            "précisant",
        ),
    ],
    "guinee-le-gouvernement-accuse-amnesty-et-hrw": [
        (
            'Le gouvernement guinéen a accusé Amnesty International et Human Rights Watch de "dénoncer '
            'systématiquement les seuls gouvernements"',
            ["gouvernement-guineen"],
            "suspects",
            "a accusé",
        ),
        (
            'HRW évoque une "répression généralisée qui a fragilisé la crédibilité" de la présidentielle du 18 '
            "octobre",
            ["human-rights-watch"],
            "asserts",
            "évoque",
        ),
        (
            "Amnesty International a quant à elle accusé les forces de sécurité, dans un communiqué publié le 25 "
            "octobre, d'avoir tiré à l'arme de guerre et à balles réelles sur des manifestants lors des troubles "
            "post-électoraux",
            ["amnesty-international"],
            "suspects",
            "a accusé",
        ),
        ("HRW a dénombré au moins 12 morts", ["human-rights-watch"], "asserts", "a dénombré"),
        ("l'opposition parle de 49 morts", ["opposition-guineenne"], "asserts", "parle de"),
        ("les autorités de 21", ["gouvernement-guineen"], "asserts", "parle de"),
        (
            '"Plusieurs dizaines de personnes pourraient avoir été tuées", disait Amnesty',
            ["amnesty-international"],
            "asserts",
            "disait",
        ),
        (
            "HRW montre à nouveau du doigt l'impunité des policiers et des gendarmes",
            ["human-rights-watch"],
            "suspects",
            "montre du doigt",
        ),
        (
            "le conseil des ministres affirme que le gouvernement préserve l'ordre et \"s'astreint à le faire dans le "
            'respect des lois mais est seul paradoxalement interpellé par ces ONG"',
            ["conseil-des-ministres-guineen"],
            "asserts",
            "affirme",
        ),
        (
            'L\'opposition, elle, se livre "à des actes de violence assumés", dit-il',
            ["conseil-des-ministres-guineen"],
            "asserts",
            "dit-il",
        ),
    ],
    "le-kremlin-dement-les-rumeurs-sur-un-entretien-entre-poutine-et-trump": [
        (
            "\"C'est l'exemple le plus démonstratif de la qualité des informations qui sont parfois publiées, même "
            "dans des éditions assez respectées. C'est complètement faux\", a-t-il souligné",
            ["dmitri-peskov"],
            "denies",
            "a-t-il souligné",
        ),
        (
            "le Washington Post, en citant des sources, avait rapporté que Vladimir Poutine et Donald Trump avaient "
            "eu une conversation téléphonique jeudi",
            ["washington-post"],
            "asserts",
            "avait rapporté",
        ),
        ("Ils auraient notamment discuté du conflit en Ukraine", [None], "suspects", "auraient discuté"),
        (
            "il n'y a eu aucun signal de la part du chancelier allemand sur sa disposition à parler au Président "
            "russe, selon M. Peskov",
            ["dmitri-peskov"],
            "denies",
            "selon",
        ),
        (
            "Olaf Scholz avait confirmé son intention d'avoir une conversation téléphonique avec M. Poutine",
            ["olaf-scholz"],
            "asserts",
            "avait confirmé",
        ),
        (
            "avait déclaré ne pas vouloir faire cela sans l'aval de ses partenaires",
            ["olaf-scholz"],
            "asserts",
            "avait déclaré",
        ),
    ],
    "tchad-le-ministere-de-la-securite-dement-un-suppose-massacre-a-gore": [
        (
            'Le ministre, à travers son attaché de presse, évoque des "informations sans fondements visant tout '
            "simplement à les discréditer et créer la panique au sein de la population qui n'aspire qu'à la paix.\"",
            ["ministere-tchadien-de-la-securite-publique"],
            "denies",
            "évoque",
        ),
        (
            "Il apporte un démenti formel",
            ["ministere-tchadien-de-la-securite-publique"],
            "denies",
            "apporte un démenti formel",
        ),
        (
            "Le ministre de la Sécurité publique et de l'Immigration met en garde les auteurs et coauteurs de ces "
            "fausses informations du risque qu'ils encourent et propagent de telles allégations",
            ["ministere-tchadien-de-la-securite-publique"],
            "denies",
            "met en garde",
        ),
    ],
    "le-ministere-de-l-agriculture-precise-document-falsifie": [
        (
            "Le ministère de l’Agriculture, des Ressources Hydrauliques et de la Pêche Maritime, a affirmé dans un "
            "communiqué publié ce mercredi 14 octobre 2020 que le document circulant sur les réseaux sociaux",
            ["ministere-tunisien-de-l-agriculture"],
            "denies",
            "a affirmé",
        ),
        (
            "Il s’agit en effet d’un document officiel ayant été manipulé",
            ["ministere-tunisien-de-l-agriculture"],
            "asserts",
            "",
        ),
        (
            "Le même communiqué a précisé que ce document portant le numéro 0887 datant du 9 octobre 2020 n’est "
            "qu’un communiqué officiel émanant des ministères cités ci-dessus ayant porté sur la lutte contre "
            "l’abattage anarchique",
            ["ministere-tunisien-de-l-agriculture"],
            "asserts",
            "a précisé",
        ),
        (
            "Il a noté que le communiqué est toujours accessible via le lien suivant",
            ["ministere-tunisien-de-l-agriculture"],
            "asserts",
            "a noté",
        ),
        (
            "Le ministère de l’Agriculture a précisé que l’auteur de ce communiqué falsifié a tenu à remplacer le "
            "contenu du communiqué officiel par un texte mensonger tout en préservant les tampons et les signatures "
            "des ministres concernés",
            ["ministere-tunisien-de-l-agriculture"],
            "asserts",
            "a précisé",
        ),
        (
            "Le même communiqué a fermement condamné ces comportements irresponsables et la diffusion d’informations "
            "mensongères",
            ["ministere-tunisien-de-l-agriculture"],
            "asserts",
            "a condamné",
        ),
    ],
    "mali-la-france-soutiendrait-une-intervention": [
        (
            '"L’initiative" d’une telle intervention "revient d’abord aux Africains mais manifestement, c’est en '
            'cours de gestation", a déclaré le ministre sur i-Télé',
            ["gouvernement-francais"],
            "asserts",
            "a déclaré",
        ),
        (
            '"La France a dit qu’elle apportera son concours et son soutien, et j’espère que d’autres pays européens '
            'agiront de même, mais en soutien logistique pas en intervention directe", a-t-il ajouté',
            ["gouvernement-francais"],
            "asserts",
            "a-t-il ajouté",
        ),
    ],
    "guinee-rapport-d-amnesty-le-gouvernement-fustige-son-contenu": [
        (
            "Ce document qui accuse des forces de défense et de sécurité d’être responsables des ”homicides” illégaux",
            ["amnesty-international"],
            "suspects",
            "accuse",
        ),
        (
            "est mis en cause par le gouvernement guinéen à travers le ministère de la sécurité et de la protection civile",
            ["gouvernement-guineen"],
            "denies",
            "est mis en cause par",
        ),
        (
            "« Il y a eu des actes très graves qui ont été posés. Mais les représentants de cette ONG se sont permis de répondre à une question posée par un journaliste, qu’il n’ont pas recueilli d’informations sur l’identité des forces de l’ordre qui ont été tuées. Malgré tout le tapage médiatique qui a été fait autour de ça et la gravité des faits, les représentants d’Amnesty n’ont eu aucune information sur les agents tués au niveau du train qui a été attaqué. Par contre, lorsqu’il s’agit de relayer des informations qui sont simplement des montages faussés, ces ONG se font le plaisir de les divulguer», a déploré le ministre Damantang",
            ["damantang-camara"],
            "denies",
            "a déploré",
        ),
        (
            "le premier responsable du département de la sécurité, a rappelé que le gouvernement guinéen a été sous le coup de l’émotion quand les réseaux sociaux ont publié des images d’un enfant de 3 ans qui a reçu une balle dans la tête",
            ["damantang-camara"],
            "asserts",
            "a rappelé",
        ),
        (
            "l’ancien porte-parole du gouvernement a décliné toute responsabilité de l’État guinéen",
            ["damantang-camara"],
            "denies",
            "a décliné toute responsabilité",
        ),
    ],
    "quand-le-gouvernement-guineen-tire-sur-amnesty-international-et-hrw": [
        (
            "Longtemps au centre des critiques des ONG Amnesty International et Human Right Watch pour ses violations présumées des droits de l’homme",
            ["amnesty-international", "human-rights-watch"],
            "suspects",
            "critiques des",
        ),
        (
            "l’Etat guinéen estime que les organisations de défense des droits humains conduisent des investigations partiales, menées « exclusivement à charge »",
            ["gouvernement-guineen"],
            "asserts",
            "estime",
        ),
        (
            "Pour le gouvernement, les deux ONG violent aussi ses droits",
            ["gouvernement-guineen"],
            "asserts",
            "Pour",
        ),
        (
            "Il estime dans son communiqué que ces dernières usent de « pratiques tendancieuses » et ne dénoncent que les seuls Gouvernements alors qu’elles confortent des opposants dans la conviction qu’ils sont affranchis de toute responsabilité dans la promotion des droits de l’Homme",
            ["gouvernement-guineen"],
            "asserts",
            "estime",
        ),
    ],
    "togo-stupefaction-et-indignation-du-gouvernement": [
        (
            "‘Plus de cent morts, des corps enterrés dans des fausses communes (…) Deux ODDH relèvent des crimes de torture, des crimes de génocide’. Tel est le titre publié en une du quotidien Liberté",
            ["liberte-togo"],
            "asserts",
            "Tel est le titre publié",
        ),
        (
            "dont la finalité serait, selon ses auteurs, de +mieux informer sur les actes de violences dont ils ont été les témoins oculaires, de la part des forces de défense et de sécurité à l’encontre de citoyens aux mains nues",
            ["rejadd", "raidhs"],
            "asserts",
            "selon",
        ),
        (
            "‘C’est avec stupéfaction et indignation que le gouvernement a eu connaissance de la publication d’un tel rapport dit +préliminaire+, dont la finalité serait, selon ses auteurs, de +mieux informer sur les actes de violences dont ils ont été les témoins oculaires, de la part des forces de défense et de sécurité à l’encontre de citoyens aux mains nues’, peut-on lire dans un communiqué officiel",
            ["gouvernement-togolais"],
            "asserts",
            "peut-on lire",
        ),
        (
            "‘Le gouvernement tient à souligner que tous les efforts déployés pour joindre ces derniers en vue de confronter leurs sources d’informations, ont été vains, leurs contacts téléphoniques s’étant révélés inopérants. Le gouvernement entend exprimer sa vive réprobation et sa désapprobation face aux allégations contenues dans ce rapport insultant, tendancieux et manipulateur (…)’, indique le communiqué",
            ["gouvernement-togolais"],
            "denies",
            "indique",
        ),
        (
            "Il n’y a jamais eu 100 victimes lors des manifestations organisées par l’opposition depuis août 2017",
            [None],
            "denies",
            "",
        ),
    ],
}
