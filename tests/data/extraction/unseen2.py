# ruff: noqa: E501  (article text and quotes are kept on the lines they were copied to)
"""A second held-out set ("unseen-2"): French news excerpts the rules were never run on while built.

Copied verbatim from stored news pages (justice, social unrest, economy, football, French
politics), annotated by hand with the conventions of annotations.py before the engine read them,
and scored once, at the end. Same shapes as articles.py (ARTICLES) and annotations.py (ACTORS,
ANNOTATIONS); build.py merges them into fixtures.json and lists their slugs as `unseen_2` in
sources.json.

Conventions, as in the seeds and the second set: the quote is the attributing clause, source and
cue included; an attributed statement keeps `asserts` even when conditional or hedged ("devrait",
"probablement"); a report whose content is negated or that calls a report false (`démentir`,
"faux", "mensonge", "n'importe quoi", "déformés") `denies`; `dénoncer`, `pointer` suspect; speech
quoted inside a quotation belongs to the quoting speaker; a quotation with no cue of its own
continues the last speaker (cue ""); subheads are not recorded; the outlet's own unsourced
statement is recorded without actor.
"""

ARTICLES = [
    {
        "slug": "proces-dupond-moretti-le-ministre-se-defend",
        "title": "Procès d'Éric Dupond-Moretti : « pour moi et mes proches, ce procès est une infamie »",
        "url": "https://www.tf1info.fr/justice-faits-divers/proces-eric-dupond-moretti-pour-moi-et-mes-proches-proces-est-une-infamie-declare-le-ministre-au-premier-jour-de-son-proces-2275371.html",
        "outlet": "TF1 Info",
        "body": 'Le ministre rappelle ensuite que "pendant trois ans et demi" il n\'a pas riposté, "et avait accepté de se faire couvrir d\'opprobre pour ne pas que son ministère et son administration ne soient éclaboussés". "J\'entends me défendre dignement. J\'entends bien sûr me défendre complètement, et fermement. Je répondrai à toutes les questions que vous voudrez bien me poser. Voilà ce que je souhaitais vous dire" conclut-il avant de regagner sa place.\n\nLui succédant après cette première prise de parole, Rémy Heitz, procureur général, rappelle; lui, la "situation totalement inédite" de ce procès où est jugé un "ministre en exercice, ministre de la justice de surcroit". "Ce n’est pas bien sûr sans poser difficultés" pour les témoins, "pour la plupart magistrats", et pour les "juges-parlementaires". L\'accusation pointe également la gravité de cette affaire. "Grave puisqu’elle met en cause la probité du ministre de la justice, garde des sceaux, ministre du droit et de la loi, chargé de par ses fonctions d’édicter la norme en matière de transparence et de morale de la vie publique. Grave puisque le prévenu encourt, notamment, une peine de cinq années d’emprisonnement", insiste-t-il.\n\nDe quoi faire réagir Me Laffont, l\'un des conseils du ministre, qui a dénoncé un réquisitoire avant l\'heure. Ni elle, si son confrère, ni son client ne se sont exprimés face à la presse à l\'issue de l\'audience préférant regagner l\'extérieur du palais de justice de Paris par un escalier dérobé, le même par lequel ils étaient arrivés.',
    },
    {
        "slug": "bourges-mobilisation-encore-forte-contre-la-reforme-des-retraites",
        "title": "Bourges : mobilisation encore forte contre la réforme des retraites",
        "url": "https://www.francebleu.fr/infos/economie-social/bourges-mobilisation-encore-forte-contre-la-reforme-des-retraites-9000170",
        "outlet": "France Bleu",
        "body": "La loi est aujourd'hui devant le conseil constitutionnel, mais les syndicats occupent toujours le pavé. Le privé était bien présent dans le cortège, à Bourges : Michelin, l'industrie de l'armement, ou encore les travaux publics comme Eiffage. Le succès de cette nouvelle manifestation renforce la détermination des syndicats qui évoquent toujours un blocage du pays. Ne parlez surtout pas de baroud d'honneur à Sébastien Martineau, patron de la CGT dans le Cher : \" Ah non, pas du tout. On en est même très loin puisque la contestation ne faiblit pas et va même se renforcer. On a des actions de grève qui sont un peu plus conséquentes : pas de bus aujourd'hui à Bourges, hier, c'est l'inauguration du centre de tri interdépartemental qui a été annulée et les éboueurs étaient mobilisés. On veut bloquer l'économie et s'il y a de la violence, ce n'est pas de notre faute, c'est celle du gouvernement.\"\n\nLa loi votée, on voit mal comment le gouvernement ferait marche arrière ; Géraldine Alligand, de la CFE CGC demande pourtant toujours le retrait de la réforme : \" On peut la retirer. Il faudrait organiser un référendum auprès des français. On va continuer jusqu'au bout. Et demain s'il faut recommencer, on recommencera. Il y a les étudiants qui commencent à bloquer les facultés. Attention, on risque d'avoir un nouveau mai 68.\"\n\nLa grève reconductible dans les secteurs stratégiques reste l'arme la plus efficace pour Rachid Bouadma de la CFDT : \" On en est déjà à notre dixième manifestation. effectivement, au bout d'un moment, on sera peut-être obligé de bloquer réellement le pays, par les raffineries, par les trains, les avions. Je rappelle aussi que dans quatre ans, il y aura d'autres élections. Les députés ne sont pas si bêtes que cela. Ils savent qu'ils vont repasser à la moulinette.",
    },
    {
        "slug": "inflation-divisee-par-deux-promet-villeroy-de-galhau",
        "title": "Inflation : elle devrait être divisée par deux d'ici fin 2023, promet François Villeroy de Galhau",
        "url": "https://www.francetvinfo.fr/economie/inflation/inflation-elle-devrait-etre-divisee-par-deux-d-ici-fin-2023-promet-francois-villeroy-de-galhau_5701403.html",
        "outlet": "franceinfo",
        "body": "Après un pic de l'inflation pour le premier semestre de l'année 2023, elle devrait ensuite être \"divisée par deux\" d'ici la fin de l'année selon François Villeroy de Galhau, le gouverneur de la Banque de France invité ce jeudi du 8h30 de franceinfo.\n\nL'inflation en France devrait atteindre un pic au cours de ce semestre et \"être divisée par deux\" d'ici fin 2023, a déclaré ce jeudi 9 mars sur franceinfo le gouverneur de la Banque de France, François Villeroy de Galhau. \"Le pic de l'inflation est pour ce premier semestre\", a-t-il prévenu.\n\n\"L'inflation va baisser d'ici juin\" et \"devrait être divisée par deux d'ici la fin de l'année, mais ce sera encore trop\", a-t-il assuré, réaffirmant son ambition de ramener l'inflation à l'objectif de 2%, comme le souhaite la Banque centrale européenne (BCE). \"Nous ferons ce qu'il faut pour ça\", a-t-il insisté. \"Ce n'est pas seulement une prévision que nous faisons, c'est un engagement que nous prenons vis-à-vis des Français\", a poursuivi le gouverneur de la Banque de France. Selon l'Insee, l'inflation a rebondi à 6,2% sur un an en février, mais les produits alimentaires ont connu une envolée à deux chiffres (14,5%).\n\nSur le volet de l'énergie, le gouverneur se montre optimiste, considérant que \"les prix ont commencé à se stabiliser\" et que \"la baisse des prix de l'énergie va beaucoup contribuer à la baisse de l'inflation\". Ce qui ne signifie pas que la crise inflationniste est passée dans la mesure où \"il y a toujours un délai de transmission de l'ordre de trois trimestres entre l'évolution des prix en amont et le prix à la consommation\", précise-t-il. Et le ralentissement de l'augmentation des prix des produits alimentaires devrait \"commencer à freiner d'ici la fin de l'année\", selon François Villeroy de Galhau.",
    },
    {
        "slug": "l-antwerp-dement-la-mauvaise-entente-entre-gheysens-et-boloni",
        "title": "L'Antwerp dément la mauvaise entente entre Gheysens, propriétaire, et Bölöni",
        "url": "https://www.dhnet.be/sports/football/division-1a/l-antwerp-dement-la-mauvaise-entente-entre-geysens-proprietaire-et-boloni-5cd42b7f9978e2534708c5cc",
        "outlet": "DH Les Sports+",
        "body": "L'Antwerp a déploré jeudi, dans un communiqué, les informations parues dans différents médias selon lesquelles l'entente est mauvaise entre Paul Gheysens, le propriétaire, et l'entraîneur Laszlo Bölöni.\n\n\"L'atmosphère au sein du club est excellente et nous ne nous laisserons pas distraire par de telles mauvaises démarches\", a écrit le club.\n\n\"Le Royal Antwerp FC déplore les informations parues dans la presse où certains journalistes prétendent qu'il existe une mauvaise relation entre Paul Gheysens, notre propriétaire, et notre entraîneur Laszlo Bölöni\", a indiqué le troisième de la Jupiler Pro League. \"Avec aussi Luciano D'Onofrio (le directeur sportif, ndlr), il existe un grand respect mutuel et chaque jour un travail acharné est consacré au développement de ce club.\"\n\nL'Antwerp pointe le timing de ces rumeurs. \"Coïncidence, au moment où notre équipe se porte vraiment très bien et que nous nous battons pour une place en Europe, il est très étrange que de telles fausses informations sortent. L'atmosphère au sein du club est excellente et nous ne nous laisserons pas distraire par de telles mauvaises démarches\", prévient le 'Great Old'.\n\n\"Nous continuons sur la voie choisie de la professionnalisation et dans le plus grand respect pour toutes les personnes avec lesquelles nous sommes en concurrence. Nous sommes nous-mêmes toujours satisfaits de la saison jusqu'ici et nous voulons faire tout ce qui est en notre pouvoir pour la terminer en beauté. De telles actions donnent une force et une confiance supplémentaires à notre club pour poursuivre sur cet élan positif.\"",
    },
    {
        "slug": "tfc-sadran-veut-garder-casanova",
        "title": "TFC : Sadran veut garder Casanova",
        "url": "https://france3-regions.francetvinfo.fr/midi-pyrenees/2015/03/05/tfc-sadran-veut-garder-casanova-668737.html",
        "outlet": "France 3 Régions",
        "body": "Le président du Toulouse Football Club, relégable depuis le week-end dernier, a tenu à faire savoir jeudi qu'il maintenait sa confiance en son entraîneur Alain Casanova, sur fond de rumeurs sur son éviction.\n\"Suite à de récents articles parus dans la presse ces derniers jours, Olivier Sadran tient à démentir fermement toute rumeur faisant état de l'arrivée d'un nouvel entraîneur à la tête de l'équipe professionnelle.\nLe président du TFC rappelle qu'il maintient toute sa confiance à Alain Casanova\", a indiqué le club dans un communiqué.\nLa rumeur \"Frédéric Hantz\"\nCette mise au point intervient après la publication d'un article de France Football indiquant que Casanova, dont le contrat s'achève à la fin de la saison prochaine, pourrait être remplacé dès la fin de cette saison par l'ancien entraîneur de Bastia, Frédéric Hantz.\nUne délicate position de relégable\nRelégable (18e) depuis le week-end dernier et son match nul face à Saint-Etienne (1-1), le TFC a deux points de retard sur le 17e, Lorient.\nIl reçoit Marseille vendredi pour le compte de la 28e journée de Ligue 1.",
    },
    {
        "slug": "hollande-soutiendrait-macron-n-importe-quoi-repond-l-elysee",
        "title": "François Hollande soutiendrait Emmanuel Macron ? « N'importe quoi », répond l'Élysée",
        "url": "https://www.huffingtonpost.fr/politique/article/francois-hollande-soutiendrait-emmanuel-macron-n-importe-quoi-repond-l-elysee_92301.html",
        "outlet": "HuffPost",
        "body": "POLITIQUE - \"Nous ne sommes pas en contact avec lui\". Du côté de la présidence de la République, on dément formellement la possibilité d'un soutien de François Hollande à Emmanuel Macron, évoqué ce dimanche 15 janvier dans le JDD.\nDans une interview à l'hebdomadaire, Dominique Villemot, intime du président, annonce que \"François Hollande va probablement soutenir Emmanuel Macron\".\n\nUne hypothèse qui met le feu aux poudres, dans la mesure où elle intervient alors que la \"vague\" Macron fait de l'ombre à la primaire de la gauche et dans un contexte où l'ancien locataire de Bercy caracole en tête des sondages.\n\"Je démens formellement\"\nMais en réalité, il n'en est rien. Les propos prêtés à l'avocat ont fait bondir les services de l'Elysée qui, cités par Le Lab, ont fermement démenti. \"Il [Dominique Villemot ndlr] ne parle pas avec l'aval de l'Élysée, il n'est pas le porte-parole de la présidence et nous ne sommes pas en contact avec lui\", a indiqué le Château, qui estime que ce proche du chef de l'État \"raconte n'importe quoi\".\nEt il n'y a pas que l'Elysée qui juge que le journal a écrit \"n'importe quoi\". Dominique Villemot lui même a assuré à Europe 1 qu'il n'avait jamais rien dit de tel. \"Contrairement à ce que laisse entendre 'Le JDD', le Président ne m'a jamais dit qu'il soutiendrait Emmanuel Macron. Je démens donc formellement ce qui y est écrit\", a expliqué l'avocat.\n\nÀ L'Express, Dominique Villemot affirme que ses propos ont été déformés. \"Dans le texte que j'avais relu, il était écrit 'Je pense qu'il n'est pas exclu qu'il (le président) soutienne Macron' et non 'Mais François Hollande va probablement soutenir Macron'\", indique-t-il, précisant que ses propos n'engagent aucunement le président de la République. Un démenti auquel le JDD a apporté... un démenti. Selon l'hebdomadaire, c'est François Hollande qui aurait demandé à son ami de revenir sur ses propos.",
    },
    {
        "slug": "un-honteux-mensonge-l-elysee-dement-l-achat-d-une-aston-martin",
        "title": "« Un honteux mensonge » : l'Élysée dément l'achat d'une Aston Martin par Emmanuel Macron",
        "url": "https://www.bfmtv.com/politique/elysee/un-honteux-mensonge-l-elysee-dement-l-achat-d-une-aston-martin-par-emmanuel-macron_AN-202503100709.html",
        "outlet": "BFMTV",
        "body": '"Faux et grotesque". L\'Élysée a qualifié par ces termes l\'information de nos confrères de Blast parue quelques heures plus tôt. Selon eux, Emmanuel Macron "aurait déjà pris contact avec un concessionnaire" afin d\'acquérir une Aston Martin d\'une valeur de 200.000 euros. Une démarche qui aurait provoqué "la stupeur" dans l\'entourage du président de la République. Cette voiture est connue pour être la voiture de sport utilisée par James Bond dans de nombreux films.\n"Le Président s’est même permis un petit essai de la belle monture dans les jardins privés du pavillon présidentiel de La Lanterne à Versailles", avance Blast.\nUn deuxième démenti en 48 heures\n"Un 1er avril cela aurait pu être drôle, mais il s’agit d’un honteux mensonge. C’est faux et grotesque", a réagi la présidence de la République sur ces réseaux sociaux. Ces derniers précisent que "Blast n’a pas contacté l’Élysée avant de publier son article".\nCe dimanche, l\'Élysée a aussi fait une mise au point, concernant des propos rapportés par le JDD. Selon l\'hebdomadaire d\'extrême droite, "l\'Élysée veut faire peur\'", une formule démentie par la présidence de la République.\n"Il ne s’agit ni de son expression ni de son intention. En cette période grave où, face à la menace russe, la quasi-totalité des chefs d’État et de gouvernement européens prend des mesures inédites pour assurer leur défense, chacun doit veiller au respect de la parfaite véracité des faits", a réagi l\'Élysée via un communiqué.',
    },
    {
        "slug": "courtrai-dement-un-eventuel-depart-de-son-entraineur",
        "title": "Pro League : Courtrai dément un éventuel départ de son entraîneur Yves Vanderhaeghe",
        "url": "https://plus.lesoir.be/349056/article/2021-01-15/pro-league-courtrai-dement-un-eventuel-depart-de-son-entraineur-yves",
        "outlet": "Le Soir",
        "body": "Le club de Jupiler Pro League réagit aux écrits de plusieurs médias annonçant le départ de l’ancien Diable Rouge à l’issue de la saison affirmant même que son successeur était déjà connu.\n\n«Courtrai a pris connaissance avec étonnement des articles annonçant un possible départ de notre entraîneur Yves Vanderhaeghe», a écrit le club flandrien dans son communiqué. «Cette information tombe du ciel et n’est manifestement pas juste. Le club veut se concentrer pleinement sur les importantes rencontres de championnat et de Coupe qui nous attendent. Il n’y a aucune discussions et encore moins d’accord pour ce qui concerne le poste d’entraîneur pour la saison prochaine».\n\nCourtrai occupe la 9e place dans le championnat de Belgique avec 29 points après 20 journées de compétition. Les Courtraisiens doivent se déplacer à Ostende samedi.",
    },
]

ACTORS = [
    # slug, name, kind, parent, aliases
    ("eric-dupond-moretti", "Éric Dupond-Moretti", "person", "gouvernement-francais", ["Dupond-Moretti"]),
    ("remy-heitz", "Rémy Heitz", "person", None, ["Heitz"]),
    ("jacqueline-laffont", "Jacqueline Laffont", "person", None, ["Me Laffont"]),
    ("syndicats-francais", "Syndicats (intersyndicale)", "group", None, ["les syndicats"]),
    ("cgt", "CGT", "organisation", None, ["la CGT"]),
    ("sebastien-martineau", "Sébastien Martineau", "person", "cgt", []),
    ("cfe-cgc", "CFE-CGC", "organisation", None, ["la CFE CGC"]),
    ("geraldine-alligand", "Géraldine Alligand", "person", "cfe-cgc", []),
    ("cfdt", "CFDT", "organisation", None, ["la CFDT"]),
    ("rachid-bouadma", "Rachid Bouadma", "person", "cfdt", []),
    ("banque-de-france", "Banque de France", "organisation", None, ["la Banque de France"]),
    (
        "francois-villeroy-de-galhau",
        "François Villeroy de Galhau",
        "person",
        "banque-de-france",
        ["Villeroy de Galhau", "le gouverneur de la Banque de France"],
    ),
    ("insee", "Insee", "organisation", None, ["l'Insee"]),
    ("medias-non-nommes", "Médias (non nommés)", "group", None, ["différents médias", "plusieurs médias"]),
    ("royal-antwerp-fc", "Royal Antwerp FC", "organisation", None, ["l'Antwerp", "Antwerp", "le Great Old"]),
    ("toulouse-fc", "Toulouse Football Club", "organisation", None, ["le TFC", "Toulouse"]),
    (
        "olivier-sadran",
        "Olivier Sadran",
        "person",
        "toulouse-fc",
        ["Sadran", "le président du TFC", "le président du Toulouse Football Club"],
    ),
    ("france-football", "France Football", "media", None, []),
    (
        "presidence-francaise",
        "Présidence de la République française",
        "government",
        "gouvernement-francais",
        ["l'Élysée", "la présidence de la République", "le Château"],
    ),
    ("dominique-villemot", "Dominique Villemot", "person", None, ["Villemot"]),
    ("journal-du-dimanche", "Le Journal du dimanche", "media", None, ["le JDD", "JDD"]),
    ("blast", "Blast", "media", None, []),
    ("kv-courtrai", "KV Courtrai", "organisation", None, ["Courtrai"]),
]

ANNOTATIONS = {
    "proces-dupond-moretti-le-ministre-se-defend": [
        (
            'Le ministre rappelle ensuite que "pendant trois ans et demi" il n\'a pas riposté, "et avait accepté de se faire couvrir d\'opprobre pour ne pas que son ministère et son administration ne soient éclaboussés"',
            ["eric-dupond-moretti"],
            "denies",
            "rappelle",
        ),
        (
            "\"J'entends me défendre dignement. J'entends bien sûr me défendre complètement, et fermement. Je répondrai à toutes les questions que vous voudrez bien me poser. Voilà ce que je souhaitais vous dire\" conclut-il",
            ["eric-dupond-moretti"],
            "asserts",
            "conclut-il",
        ),
        (
            'Rémy Heitz, procureur général, rappelle; lui, la "situation totalement inédite" de ce procès où est jugé un "ministre en exercice, ministre de la justice de surcroit"',
            ["remy-heitz"],
            "asserts",
            "rappelle",
        ),
        (
            '"Ce n’est pas bien sûr sans poser difficultés" pour les témoins, "pour la plupart magistrats", et pour les "juges-parlementaires"',
            ["remy-heitz"],
            "asserts",
            "",
        ),
        ("L'accusation pointe également la gravité de cette affaire", ["remy-heitz"], "asserts", "pointe"),
        (
            '"Grave puisqu’elle met en cause la probité du ministre de la justice, garde des sceaux, ministre du droit et de la loi, chargé de par ses fonctions d’édicter la norme en matière de transparence et de morale de la vie publique. Grave puisque le prévenu encourt, notamment, une peine de cinq années d’emprisonnement", insiste-t-il',
            ["remy-heitz"],
            "asserts",
            "insiste-t-il",
        ),
        (
            "Me Laffont, l'un des conseils du ministre, qui a dénoncé un réquisitoire avant l'heure",
            ["jacqueline-laffont"],
            "suspects",
            "a dénoncé",
        ),
    ],
    "bourges-mobilisation-encore-forte-contre-la-reforme-des-retraites": [
        (
            "la détermination des syndicats qui évoquent toujours un blocage du pays",
            ["syndicats-francais"],
            "asserts",
            "évoquent",
        ),
        (
            "Sébastien Martineau, patron de la CGT dans le Cher : \" Ah non, pas du tout. On en est même très loin puisque la contestation ne faiblit pas et va même se renforcer. On a des actions de grève qui sont un peu plus conséquentes : pas de bus aujourd'hui à Bourges, hier, c'est l'inauguration du centre de tri interdépartemental qui a été annulée et les éboueurs étaient mobilisés. On veut bloquer l'économie et s'il y a de la violence, ce n'est pas de notre faute, c'est celle du gouvernement.\"",
            ["sebastien-martineau"],
            "denies",
            "",
        ),
        ("on voit mal comment le gouvernement ferait marche arrière", [None], "suspects", ""),
        (
            "Géraldine Alligand, de la CFE CGC demande pourtant toujours le retrait de la réforme : \" On peut la retirer. Il faudrait organiser un référendum auprès des français. On va continuer jusqu'au bout. Et demain s'il faut recommencer, on recommencera. Il y a les étudiants qui commencent à bloquer les facultés. Attention, on risque d'avoir un nouveau mai 68.\"",
            ["geraldine-alligand"],
            "asserts",
            "demande",
        ),
        (
            "La grève reconductible dans les secteurs stratégiques reste l'arme la plus efficace pour Rachid Bouadma de la CFDT : \" On en est déjà à notre dixième manifestation. effectivement, au bout d'un moment, on sera peut-être obligé de bloquer réellement le pays, par les raffineries, par les trains, les avions. Je rappelle aussi que dans quatre ans, il y aura d'autres élections. Les députés ne sont pas si bêtes que cela. Ils savent qu'ils vont repasser à la moulinette.",
            ["rachid-bouadma"],
            "asserts",
            "pour",
        ),
    ],
    "inflation-divisee-par-deux-promet-villeroy-de-galhau": [
        (
            "elle devrait ensuite être \"divisée par deux\" d'ici la fin de l'année selon François Villeroy de Galhau",
            ["francois-villeroy-de-galhau"],
            "asserts",
            "selon",
        ),
        (
            "L'inflation en France devrait atteindre un pic au cours de ce semestre et \"être divisée par deux\" d'ici fin 2023, a déclaré ce jeudi 9 mars sur franceinfo le gouverneur de la Banque de France, François Villeroy de Galhau",
            ["francois-villeroy-de-galhau"],
            "asserts",
            "a déclaré",
        ),
        (
            '"Le pic de l\'inflation est pour ce premier semestre", a-t-il prévenu',
            ["francois-villeroy-de-galhau"],
            "asserts",
            "a-t-il prévenu",
        ),
        (
            "\"L'inflation va baisser d'ici juin\" et \"devrait être divisée par deux d'ici la fin de l'année, mais ce sera encore trop\", a-t-il assuré",
            ["francois-villeroy-de-galhau"],
            "asserts",
            "a-t-il assuré",
        ),
        (
            "réaffirmant son ambition de ramener l'inflation à l'objectif de 2%",
            ["francois-villeroy-de-galhau"],
            "asserts",
            "réaffirmant",
        ),
        (
            '"Nous ferons ce qu\'il faut pour ça", a-t-il insisté',
            ["francois-villeroy-de-galhau"],
            "asserts",
            "a-t-il insisté",
        ),
        (
            "\"Ce n'est pas seulement une prévision que nous faisons, c'est un engagement que nous prenons vis-à-vis des Français\", a poursuivi le gouverneur de la Banque de France",
            ["francois-villeroy-de-galhau"],
            "asserts",
            "a poursuivi",
        ),
        (
            "Selon l'Insee, l'inflation a rebondi à 6,2% sur un an en février, mais les produits alimentaires ont connu une envolée à deux chiffres (14,5%)",
            ["insee"],
            "asserts",
            "Selon",
        ),
        (
            'le gouverneur se montre optimiste, considérant que "les prix ont commencé à se stabiliser" et que "la baisse des prix de l\'énergie va beaucoup contribuer à la baisse de l\'inflation"',
            ["francois-villeroy-de-galhau"],
            "asserts",
            "considérant",
        ),
        (
            "Ce qui ne signifie pas que la crise inflationniste est passée dans la mesure où \"il y a toujours un délai de transmission de l'ordre de trois trimestres entre l'évolution des prix en amont et le prix à la consommation\", précise-t-il",
            ["francois-villeroy-de-galhau"],
            "denies",
            "précise-t-il",
        ),
        (
            "Et le ralentissement de l'augmentation des prix des produits alimentaires devrait \"commencer à freiner d'ici la fin de l'année\", selon François Villeroy de Galhau",
            ["francois-villeroy-de-galhau"],
            "asserts",
            "selon",
        ),
    ],
    "l-antwerp-dement-la-mauvaise-entente-entre-gheysens-et-boloni": [
        (
            "L'Antwerp a déploré jeudi, dans un communiqué, les informations parues dans différents médias",
            ["royal-antwerp-fc"],
            "denies",
            "a déploré",
        ),
        (
            "selon lesquelles l'entente est mauvaise entre Paul Gheysens, le propriétaire, et l'entraîneur Laszlo Bölöni",
            ["medias-non-nommes"],
            "asserts",
            "selon lesquelles",
        ),
        (
            '"L\'atmosphère au sein du club est excellente et nous ne nous laisserons pas distraire par de telles mauvaises démarches", a écrit le club',
            ["royal-antwerp-fc"],
            "denies",
            "a écrit",
        ),
        (
            '"Le Royal Antwerp FC déplore les informations parues dans la presse où certains journalistes prétendent qu\'il existe une mauvaise relation entre Paul Gheysens, notre propriétaire, et notre entraîneur Laszlo Bölöni", a indiqué le troisième de la Jupiler Pro League',
            ["royal-antwerp-fc"],
            "denies",
            "a indiqué",
        ),
        (
            '"Avec aussi Luciano D\'Onofrio (le directeur sportif, ndlr), il existe un grand respect mutuel et chaque jour un travail acharné est consacré au développement de ce club."',
            ["royal-antwerp-fc"],
            "asserts",
            "",
        ),
        ("L'Antwerp pointe le timing de ces rumeurs", ["royal-antwerp-fc"], "suspects", "pointe"),
        (
            "\"Coïncidence, au moment où notre équipe se porte vraiment très bien et que nous nous battons pour une place en Europe, il est très étrange que de telles fausses informations sortent. L'atmosphère au sein du club est excellente et nous ne nous laisserons pas distraire par de telles mauvaises démarches\", prévient le 'Great Old'",
            ["royal-antwerp-fc"],
            "denies",
            "prévient",
        ),
        (
            '"Nous continuons sur la voie choisie de la professionnalisation et dans le plus grand respect pour toutes les personnes avec lesquelles nous sommes en concurrence. Nous sommes nous-mêmes toujours satisfaits de la saison jusqu\'ici et nous voulons faire tout ce qui est en notre pouvoir pour la terminer en beauté. De telles actions donnent une force et une confiance supplémentaires à notre club pour poursuivre sur cet élan positif."',
            ["royal-antwerp-fc"],
            "asserts",
            "",
        ),
    ],
    "tfc-sadran-veut-garder-casanova": [
        (
            "Le président du Toulouse Football Club, relégable depuis le week-end dernier, a tenu à faire savoir jeudi qu'il maintenait sa confiance en son entraîneur Alain Casanova",
            ["olivier-sadran"],
            "asserts",
            "a tenu à faire savoir",
        ),
        (
            "\"Suite à de récents articles parus dans la presse ces derniers jours, Olivier Sadran tient à démentir fermement toute rumeur faisant état de l'arrivée d'un nouvel entraîneur à la tête de l'équipe professionnelle.\nLe président du TFC rappelle qu'il maintient toute sa confiance à Alain Casanova\", a indiqué le club dans un communiqué",
            ["toulouse-fc"],
            "denies",
            "a indiqué",
        ),
        (
            "un article de France Football indiquant que Casanova, dont le contrat s'achève à la fin de la saison prochaine, pourrait être remplacé dès la fin de cette saison par l'ancien entraîneur de Bastia, Frédéric Hantz",
            ["france-football"],
            "asserts",
            "indiquant",
        ),
    ],
    "hollande-soutiendrait-macron-n-importe-quoi-repond-l-elysee": [
        ('"Nous ne sommes pas en contact avec lui"', ["presidence-francaise"], "denies", ""),
        (
            "Du côté de la présidence de la République, on dément formellement la possibilité d'un soutien de François Hollande à Emmanuel Macron",
            ["presidence-francaise"],
            "denies",
            "dément",
        ),
        (
            'Dominique Villemot, intime du président, annonce que "François Hollande va probablement soutenir Emmanuel Macron"',
            ["dominique-villemot"],
            "asserts",
            "annonce",
        ),
        ("Mais en réalité, il n'en est rien", [None], "denies", ""),
        (
            "Les propos prêtés à l'avocat ont fait bondir les services de l'Elysée qui, cités par Le Lab, ont fermement démenti",
            ["presidence-francaise"],
            "denies",
            "ont démenti",
        ),
        (
            "\"Il [Dominique Villemot ndlr] ne parle pas avec l'aval de l'Élysée, il n'est pas le porte-parole de la présidence et nous ne sommes pas en contact avec lui\", a indiqué le Château",
            ["presidence-francaise"],
            "denies",
            "a indiqué",
        ),
        (
            "qui estime que ce proche du chef de l'État \"raconte n'importe quoi\"",
            ["presidence-francaise"],
            "denies",
            "estime",
        ),
        (
            "il n'y a pas que l'Elysée qui juge que le journal a écrit \"n'importe quoi\"",
            ["presidence-francaise"],
            "denies",
            "juge",
        ),
        (
            "Dominique Villemot lui même a assuré à Europe 1 qu'il n'avait jamais rien dit de tel",
            ["dominique-villemot"],
            "denies",
            "a assuré",
        ),
        (
            "\"Contrairement à ce que laisse entendre 'Le JDD', le Président ne m'a jamais dit qu'il soutiendrait Emmanuel Macron. Je démens donc formellement ce qui y est écrit\", a expliqué l'avocat",
            ["dominique-villemot"],
            "denies",
            "a expliqué",
        ),
        (
            "Dominique Villemot affirme que ses propos ont été déformés",
            ["dominique-villemot"],
            "denies",
            "affirme",
        ),
        (
            "\"Dans le texte que j'avais relu, il était écrit 'Je pense qu'il n'est pas exclu qu'il (le président) soutienne Macron' et non 'Mais François Hollande va probablement soutenir Macron'\", indique-t-il",
            ["dominique-villemot"],
            "denies",
            "indique-t-il",
        ),
        (
            "précisant que ses propos n'engagent aucunement le président de la République",
            ["dominique-villemot"],
            "denies",
            "précisant",
        ),
        (
            "Un démenti auquel le JDD a apporté... un démenti",
            ["journal-du-dimanche"],
            "denies",
            "a apporté un démenti",
        ),
        (
            "Selon l'hebdomadaire, c'est François Hollande qui aurait demandé à son ami de revenir sur ses propos",
            ["journal-du-dimanche"],
            "asserts",
            "Selon",
        ),
    ],
    "un-honteux-mensonge-l-elysee-dement-l-achat-d-une-aston-martin": [
        (
            "\"Faux et grotesque\". L'Élysée a qualifié par ces termes l'information de nos confrères de Blast parue quelques heures plus tôt",
            ["presidence-francaise"],
            "denies",
            "a qualifié",
        ),
        (
            "Selon eux, Emmanuel Macron \"aurait déjà pris contact avec un concessionnaire\" afin d'acquérir une Aston Martin d'une valeur de 200.000 euros",
            ["blast"],
            "asserts",
            "Selon",
        ),
        (
            'Une démarche qui aurait provoqué "la stupeur" dans l\'entourage du président de la République',
            ["blast"],
            "asserts",
            "",
        ),
        (
            '"Le Président s’est même permis un petit essai de la belle monture dans les jardins privés du pavillon présidentiel de La Lanterne à Versailles", avance Blast',
            ["blast"],
            "asserts",
            "avance",
        ),
        (
            '"Un 1er avril cela aurait pu être drôle, mais il s’agit d’un honteux mensonge. C’est faux et grotesque", a réagi la présidence de la République',
            ["presidence-francaise"],
            "denies",
            "a réagi",
        ),
        (
            'Ces derniers précisent que "Blast n’a pas contacté l’Élysée avant de publier son article"',
            ["presidence-francaise"],
            "denies",
            "précisent",
        ),
        (
            "l'Élysée a aussi fait une mise au point, concernant des propos rapportés par le JDD",
            ["presidence-francaise"],
            "denies",
            "a fait une mise au point",
        ),
        (
            "Selon l'hebdomadaire d'extrême droite, \"l'Élysée veut faire peur'\"",
            ["journal-du-dimanche"],
            "asserts",
            "Selon",
        ),
        (
            "une formule démentie par la présidence de la République",
            ["presidence-francaise"],
            "denies",
            "démentie par",
        ),
        (
            '"Il ne s’agit ni de son expression ni de son intention. En cette période grave où, face à la menace russe, la quasi-totalité des chefs d’État et de gouvernement européens prend des mesures inédites pour assurer leur défense, chacun doit veiller au respect de la parfaite véracité des faits", a réagi l\'Élysée',
            ["presidence-francaise"],
            "denies",
            "a réagi",
        ),
    ],
    "courtrai-dement-un-eventuel-depart-de-son-entraineur": [
        (
            "plusieurs médias annonçant le départ de l’ancien Diable Rouge à l’issue de la saison affirmant même que son successeur était déjà connu",
            ["medias-non-nommes"],
            "asserts",
            "annonçant",
        ),
        (
            "«Courtrai a pris connaissance avec étonnement des articles annonçant un possible départ de notre entraîneur Yves Vanderhaeghe», a écrit le club flandrien",
            ["kv-courtrai"],
            "asserts",
            "a écrit",
        ),
        (
            "«Cette information tombe du ciel et n’est manifestement pas juste. Le club veut se concentrer pleinement sur les importantes rencontres de championnat et de Coupe qui nous attendent. Il n’y a aucune discussions et encore moins d’accord pour ce qui concerne le poste d’entraîneur pour la saison prochaine»",
            ["kv-courtrai"],
            "denies",
            "",
        ),
    ],
}
