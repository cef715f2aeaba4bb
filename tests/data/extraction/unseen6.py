# ruff: noqa: E501  (article text and quotes are kept on the lines they were copied to)
"""A sixth held-out set ("unseen-6"): French-language news excerpts the rules were never run on.

Copied verbatim from stored news pages of outlets absent from the other sets (L'essentiel,
Kapitalis, Actualite.cd, Matin Libre, RTN, newsmonkey, OneMedia, Linfo.re, Métro, 20 Minutes, TVA
Nouvelles, Le Journal de Québec) on municipal works stopped by the State in Echternach, a union
against the closure of a Leoni plant in Tunisia, bodies found in Kinshasa and the police chief's
denial, the closing of the Dantokpa market in Cotonou, a Swiss football club president after a
defeat, a Belgian rail strike, farmers at the prefecture of Limoges, the prefect of La Réunion
before the fishermen's committee, evictions on Montreal's Plateau, parents against a class closure
in Rezé, forced overtime for nurses in Saguenay and a new count of the St. Lawrence belugas,
annotated by hand with the conventions of annotations.py and the earlier held-out sets before the
engine read them. Page furniture (headlines at the top, photo captions and credits, a "Vous
pouvez vous informer en temps réel ici" link, bylines and wire credits at the end, date stamps) is
left out; an excerpt is cut only at a paragraph boundary, and a paragraph the stored page cuts off
mid-sentence is dropped. Line breaks of the stored pages become paragraph breaks. Subheads inside
an excerpt are kept and not recorded. Titles are the pages' headlines or their addresses' words;
OneMedia's address has none, so its title only names the scene. Same shapes as unseen5.py;
build.py merges them into fixtures.json and lists their slugs as `unseen_6` in sources.json.

Conventions, as in unseen2.py to unseen5.py: the quote is the attributing clause, source and cue
included (for an incise, from the quotation to the source's name; for an incise inside the
quotation, from the opening mark to the incise, the rest of the quotation being a continuation);
an attributed statement keeps `asserts` even when conditional, hedged or evaluative ("ce n'est pas
normal", "lamentable"), and accusations under a neutral cue ("selon", "évoque", "affirme") assert;
a report whose content is a negated fact ("il ne s'agit pas de la police", "je ne peux pas
reprocher aux joueurs", "ne partage pas") or that rebuts a report (`nier`, `rejeter`, "respecter
toutes les règles" answering accusations, "de faux prétextes") `denies`; `accuser`, `dénoncer`,
`supposer` a wrongdoing, blaming ("rendre responsable") and "parler de provocation" suspect;
speech quoted inside a quotation belongs to the quoting speaker (a union leader's communiqué
relating the director's denial); a quotation with no cue of its own continues the last speaker
(cue ""), and so does speech printed without quotation marks after a cue ("Il y a un ras-le-bol
général ...") and a verbless point in a list of a body's complaints ("Autre point, le fait que
..."); a chain ("disent ..., a indiqué la même source") is attributed to the original source; the
outlet's own hedged statement ("devrait", "vraisemblablement", "apparemment", "visiblement",
"semble", "aurait") is recorded without actor as `suspects`, and a relative clause hedged that way
is recorded too. A person speaking for a body (a communiqué signed by a union's secretary general)
is recorded under the person; a spokesperson named further on is recorded under her name from the
first mention; unnamed collectives ("des habitants", "des parents", "on" for a union or for
researchers) get a group actor, and one unnamed member of such a collective ("un père") is
recorded under the group; an unnamed individual quoted at length (an anonymous landlord) gets an
actor of his own; role nouns ("le chef de la police", "le ministre en charge du cadre de vie") are
never aliases; a name the page misspells ("Carole Hartmannn") is an alias.
"""

ARTICLES = [
    {
        "slug": "echternach-des-chantiers-municipaux-arretes-par-l-etat",
        "title": "Au Luxembourg : Des travaux municipaux à Echternach font polémique",
        "url": "https://www.lessentiel.lu/fr/story/des-travaux-municipaux-a-echternach-font-polemique-781431715607",
        "outlet": "L'essentiel",
        "body": "«Pas moins de quatre arrêts de fermeture de chantier ont été imposés par l'État pour des projets municipaux, depuis mai 2021», s'offusque la députée DP Carole Hartmannn, conseillère municipale d'opposition à Echternach. La ville ne présente pas son meilleur visage». Invité à réagir, Yves Wengler, le bourgmestre CSV d'Echternach, estime qu'il s'agit d'un «style politique [qu'il] n'apprécie guère» et «[qu'il] ne va pas commenter».\n\nLa commune d'Echternach a lancé ces derniers mois des chantiers, visiblement sans obtenir d'autorisations auprès des autorités étatiques. «Des sculptures auraient dû être installées à l’entrée du parvis de la basilique, note le ministère de la Culture. En collaboration avec l’Institut national pour le patrimoine architectural (INPA), la ville d’Echternach est en phase de revoir et de redéfinir ce projet afin de le rendre plus cohérent». Le ministère ajoute que «d’importants travaux» ont été lancés dans l’urgence dans le parc d'Echternach, suite aux inondations de juillet 2021, «sans autorisation». À l’heure actuelle, une étude devant permettre de restaurer le parc «de manière adéquate» est en cours, souligne le ministère, qui précise que des travaux de fauchage et d’entretien peuvent en parallèle être réalisés. «La commune en est informée», dit-il.",
    },
    {
        "slug": "leoni-mateur-nord-le-syndicat-de-l-usine-accuse-la-direction",
        "title": "Tunisie : le syndicat nie toute responsabilité dans la fermeture de l’usine Leoni à Mateur",
        "url": "http://kapitalis.com/archive/186-kapital/8260-tunisie-le-syndicat-nie-toute-responsabilite-dans-la-fermeture-de-lusine-leoni-a-mateur",
        "outlet": "Kapitalis",
        "body": "L’Union des travailleurs de Tunisie (Utt), la centrale syndicale dont l’intransigeance semble avoir été derrière la décision de Leoni de fermer son usine à Mateur-Nord, estime que cette décision «était une surprise».\n\nDans un communiqué signé par le secrétaire général du syndicat de l’usine, Moonem Darragi, on lit notamment que «l’administration a décidé de fermer l’usine, sans avis préalable et sous de faux prétextes qui n’ont aucune relation avec les conditions de travail au sein de l’usine».\n\nMenaces répétées de fermer le site\n\nSelon M. Darragi, «l’administration avait une intention implicite de délocaliser l’usine et de priver la région de Mateur de plus de 3.000 emplois, et ce à travers des provocations, des sanctions injustifiées des employés et aussi des menaces répétées de fermer le site».\n\nLe syndicat de l’usine avait tenu, selon le communiqué, une conférence de presse, le 26 janvier, au cours de laquelle il a jeté la lumière sur la situation véritable au sein de l’entreprise.\n\nSuite à ce point de presse, «le directeur de l’usine avait démenti, dans des déclarations aux médias, l’observation d’un sit-in à l’usine et nié toute intention de la fermer, tout en parlant de revendications excessives des ouvriers».\n\n«Il a même confirmé la volonté de développer davantage le site et d’y créer de nouveaux emplois», a avancé le secrétaire général du syndicat de Leoni-Mateur-Nord.\n\n«Nous rendons la direction responsable des résultats négatifs pouvant découler de la fermeture de l’usine», écrit encore M. Darragi, appelant l’entreprise à revenir sur cette décision et à traiter avec les employés en tant que véritables partenaires «concernés par l’intérêt de l’entreprise».",
    },
    {
        "slug": "kinshasa-trois-corps-sans-vie-decouverts-a-kalamu",
        "title": "RDC - Kinshasa : Trois corps sans vie découverts à Kalamu",
        "url": "https://actualite.cd/2018/09/16/rdc-kinshasa-trois-corps-sans-vie-decouverts-kalamu",
        "outlet": "Actualite.cd",
        "body": "Trois corps sans vie ont été retrouvés, ce dimanche matin, au quartier Kauka, dans la commune de Kalamu, ont rapporté les habitants et la police.\n\nCes victimes ont été étranglées, a affirmé à ACTUALITE.CD,  le chef de la police de la ville de Kinshasa, le général Sylvano Kasongo Kitenge.\n\n\"J'ai été aussi alerté le matin, je suis parti sur terrain personnellement, j'ai vu trois corps. Les enquêtes sont en cours, il y a des gens qui disent qu'il s'agit des kulunas. Ces gens qui sont morts ... J'ai vu qu'ils étaient étranglés, mais il n'y a pas de traces de balles. On ne sait pas ce qui s'est passé\", a déclaré le responsable de la police.\n\nDes habitants ont supposé qu'il s'agit des jeunes kulunas (gangsters) exécutés par les forces de l'ordre. Dans sa déclaration à ACTUALITE.CD, le général Kasongo a rejeté l'implication de la police qui  \"respecte les droits de l'homme\" et dont le rôle est de \"sécuriser la population\".\n\n\"Il ne s'agit pas de la police peut-être un règlement de comptes, mais attendons voir avec les enquêtes, j'ai associé le procureur général de Kalamu\", a ajouté le général Kasongo\n\nQuelques familles des victimes disent  avoir \"vu des gens cagoulés\", a indiqué la même source.\n\nUne équipe civile de la MONUSCO ( Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique du Congo) s'est déployée dans cette commune pour faire le constat.",
    },
    {
        "slug": "cotonou-la-fermeture-annoncee-du-marche-dantokpa",
        "title": "Bénin : fermeture de l’emblématique grand marché Dantopka de Cotonou",
        "url": "https://www.matinlibre.tg/benin-fermeture-de-lemblematique-grand-marche-dantopka-de-cotonou/",
        "outlet": "Matin Libre",
        "body": "Le marché Dantopka de Cotonou vieux d’au moins 100 ans sera bientôt fermé et ses 35 000 commerçants dirigés vers d’autres structures commerciales en phase d’aménagement.\n\nPour beaucoup comme Paulette Loko qui y vie et vends des bijoux, c’est déjà la désolation.\n\nAprès une vie passée dans ce lieu et le bonheur procuré, la vie du marché va cesser de battre son plein.\n\n« Je suis née ici, à Dantokpa. La foule me plaît. Quand je suis assise ici, même si je ne vends rien, c’est mon spectacle », confie-t-elle.\n\nRazack, vendeur de tissus n’imagine pas le développement économique sans ce marché riche de souvenirs pour lui, il interpelle les autorités béninoises.\n\n« Le marché Dantokpa a déjà fait un siècle d’existence. Moi, j’ai plus de cinquante ans et le marché était déjà là du temps de mon papa et ma maman. Moi, ce que je demande à nos gouvernants, c’est de bien réfléchir, car le jour où ils vont fermer le marché, le pays sera un peu K.O », prévient-il.\n\nSelon le ministre béninois en charge du cadre de vie et du développement humain José Tonato, cette prise de décision est une nécessité environnementale pour la ville, afin de donner une meilleure exposition aux activités commerciales qui sont pratiquées dans cet espace économique.\n\n« Il y a un mélange total des genres et des activités commerciales allant du détail au gros, mélangeant tous les types de produits, agricoles, produits manufacturés, produits nobles, textiles, bijoux, cosmétiques, etc. Et c’était devenu un véritable point noir au cœur de la ville de Cotonou. Un point critique d’un point de vue environnemental, auquel il fallait coûte que coûte s’attaquer », a déclaré, le ministre en charge du cadre de vie.\n\nVingt marchés sont en cours de rénovation et d’agrandissement au Bénin, dont neuf dans la zone de Cotonou. Celui de Dantopka, deviendra une riviera comprenant des bureaux.",
    },
    {
        "slug": "fc-sion-constantin-servette-etait-nettement-meilleur",
        "title": "Christian Constantin : « Servette était nettement meilleur »",
        "url": "https://www.rtn.ch/rtn/Sports/Football/Christian-Constantin-Servette-etait-nettement-meilleur.html",
        "outlet": "RTN",
        "body": "Christian Constantin ne s'alarme pas. Le président du FC Sion n'a pas pointé ses joueurs après la défaite 2-1 contre Servette dimanche.\n\n'Je ne peux pas reprocher aux joueurs de ne pas avoir mis d'engagement.' L'entraîneur-président Christian Constantin n'était pas plus atteint que de mesure par la défaite 2-1 contre Servette dimanche. 'L'équipe ne manquait pas de caractère, et puis avec le nombre de blessés qu'il y avait, ce n'est pas aujourd'hui que nous avions le plus d'expérience. Si j'étais un entraîneur normal, je vous dirais que la différence s'est faite là-dessus. Mais pour moi, le premier but que nous encaissons est celui qui change le match.'\n\nChristian Constantin se veut humble. 'Servette était nettement meilleur', s'est-il même permis d'affirmer, beau joueur. 'Il aurait fallu mettre le 2-1 avant si nous avions voulu égaliser', ajoutait-il. Le discours est léger. 'Cet entraîneur, il faut le virer', a-t-il même rigolé.\n\nSigne que Sion vit encore dans la sérénité. Constantin ne nommera pas vraisemblablement pas d'entraîneur avant la trêve internationale, qui arrivera après le match de la semaine prochaine à Lucerne. Le schéma devrait encore être reproduit donc. Ce qui fait dire à Matteo Tosetti que 'c'est une situation compliquée, c'est la première fois que je vis ça, souffle le milieu sédunois. Il faut que les joueurs se responsabilisent plus.' Mais peuvent-ils vraiment le faire ? Pour l'instant, dans ces circonstances, ils restent neuvièmes et avant-derniers.",
    },
    {
        "slug": "greve-sncb-jour-6-la-greve-contre-productive-se-poursuit",
        "title": "Grève SNCB jour 6: la grève « contre-productive » se poursuit",
        "url": "https://fr.newsmonkey.be/greve-sncb-jour-6-la-greve-contre-productive-se-poursuit/",
        "outlet": "newsmonkey",
        "body": "Voilà près d’une semaine que la grève lancée par la CGSP-Cheminots et la CSC-Transcom perdure. Le trafic sera quasi nul en Wallonie, comme on en a maintenant l’habitude. La porte-parole de la SNCB craint que « des perturbations pourraient se faire ressentir sur tout le réseau. » En attendant, Kris Peeters a annoncé son intention de mettre les grévistes à l’amende. Ce à quoi ne s’oppose apparemment pas la branche flamande de la CGSP. Ambiance!\n\nToute la dorsale wallonne est fermée pour l’instant: aucun train ne roule sur les lignes qui vont de Liège à Tournai. Les lignes Charleroi-Nivelles et Nivelles-Bruxelles sont aussi complètement à l’arrêt. De même depuis et vers Mons. Seuls quelques trains sont en circulation entre Luxembourg et Namur. Des piquets sont observés à Flemalle, Renaix, Châtelet, Forest, Charleroi Sud et à Mariembourg.\n\n« 90 à 100% du réseau sera opérationnel en Flandre », selon la porte-parole Nathalie Pierard contactée ce matin par l’agence Belga .\n\n« Comme hier, nous allons essayer d’instaurer des navettes », a encore ajouté Mme Pierard, afin de récupérer les éventuels voyageurs bloqués.\n\nLa CGSP flamande se désolidarise\n\nHier, Kris Peeters (CD&V) annonçait son intention de donner des amendes au membres du personnel qui se mettraient en grève sans préavis. En réponse à ça, Marc Goblet (FGTB) avait parlé de « provocation » de la part du gouvernement.",
    },
    {
        "slug": "limoges-les-agriculteurs-devant-la-prefecture-pour-l-arrivee-du-prefet",
        "title": "Agriculteurs devant la préfecture de Limoges à l’arrivée du nouveau préfet",
        "url": "https://onemedia.fr/?p=1517442",
        "outlet": "OneMedia",
        "body": "Plusieurs agriculteurs se sont rassemblés devant la préfecture de Limoges le lundi 22 décembre, alors que Maurice Barate prenait ses fonctions de préfet de la Haute-Vienne. Une vingtaine d’agriculteurs ont encerclé le bâtiment entre l’avenue de la Libération et la rue de la Préfecture pour signifier leur mécontentement.\n\n« Nous venons accueillir le nouveau préfet avec ces feux de la colère car il faut qu’on reparle de tous les problèmes agricoles », expliquait Boris Bulan, président de la FDSEA de la Haute-Vienne. Et de lister pêle-mêle : la taxe carbone sur les engrais, le Mercosur qui risque de nous impacter énormément, tout ce qui est sanitaire entre tuberculose bovine et DNC (dermatose nodulaire contagieuse), etc. Il y a un ras-le-bol général et après les grandes manifestations d’il y a deux ans, on n’avance pas.\n\nDans son communiqué de presse, la FDSEA 87 estime en effet qu’il est temps de sortir des demi-mesures et que l’État apporte des réponses sanitaires, économiques et politiques à la hauteur des enjeux.\n\n« On sait qu’il y a un protocole quand un préfet arrive », poursuivait Julien Bonneaud, secrétaire général de la FDSEA de la Haute-Vienne. « On n’est pas contre, on respecte bien sûr, mais on veut, nous aussi, être reçus car les problèmes sont vraiment profonds et nous avons des revendications. »\n\nRadars bâchés\n\nLa FDSEA 87 a également lancé ces derniers jours, sur ses réseaux sociaux, un appel à mobilisation pour une opération bâchage de radars. Plusieurs radars, un peu partout dans le département, ont ainsi été bâchés avec la mention « Joyeux Noël FDSEA 87 ».",
    },
    {
        "slug": "la-reunion-le-prefet-au-comite-regional-des-peches",
        "title": "Comité des pêches : avec le préfet, appuyer le secteur de la pêche à La Réunion",
        "url": "https://linfo.re/la-reunion/economie/655773-comite-des-peches-avec-le-prefet-appuyer-le-secteur-de-la-peche-a-la-reunion",
        "outlet": "Linfo.re",
        "body": 'Le préfet de La Réunion s’est rendu ce matin dans les locaux du comité régional des pêches maritimes de La Réunion au port, afin de faire le point sur les enjeux de la filière, et de son développement.\n\n"L’État doit travailler avec d’autres partenaires pour appuyer le secteur de la pêche à La Réunion", a mis en avant Dominique Sorain, lors de la réunion de ce matin dans les locaux du comité régional des pêches maritimes et des élevages marins (CRPEM).\n\nDes locaux que le préfet de La Réunion connaît bien, lorsqu’il avait été quelque années plus tôt directeur des pêches maritimes et de l’aquaculture au ministère de l’alimentation, de l’agriculture et de la pêche.\n\n"La pêche est un véritable secteur économique, et une richesse aussi pour La Réunion, que ce soit pour la pêche artisanale ou hauturière", a-t-il souligné. La réunion a été l’occasion d’effectuer la présentation des problématiques et enjeux des différentes types de pêche.\n\nJean-René Enilorac, le président du CRPEM a ainsi évoqué la concurrence déloyale de certains pêcheurs traditionnels qui revendent leurs poissons. Le comité de préciser que 150 bateaux de plaisance sont incriminés sur les quelques 4 000 que compte l’île. Autre point, le fait que les pêcheurs professionnels avaient investis pour ne plus pêcher dans la Réserve marine, et que ce sont certains pêcheurs traditionnels qui le font à la place.\n\nEn réponse, le préfet a évoqué un meilleur encadrement de la réserve marine. De plus, afin de donner les moyens de développer le secteur qui pèse 5 000 emplois directs, l’État a mis sur la table une enveloppe de 11,9 millions d’euros. L’objectif est notamment de permettre la lutte contre la pêche illégale, l’amélioration de la coopération entre les pays de la zone océan Indien ou la stabilité des pêcheurs.',
    },
    {
        "slug": "plateau-mont-royal-le-comite-logement-accuse-des-proprietaires",
        "title": "Sur le Plateau, locataires et propriétaires se livrent une guerre des nerfs",
        "url": "http://journalmetro.com/actualites/montreal/1676897/sur-le-plateau-locataires-et-proprietaires-se-livrent-une-guerre-des-nerfs/",
        "outlet": "Métro",
        "body": "Le Comité logement du Plateau Mont-Royal accuse quatre propriétaires d’expulser de manière abusive ses locataires pour faire des travaux. L’organisme dénonce aussi les hausses de loyers qui s’en suivent et accentuent le phénomène de gentrification dans l’arrondissement.\n\nLes locataires, souvent les moins fortunés, acceptent parfois l’argent proposé par les propriétaires pour partir, à défaut de connaître les recours possibles. Ceux qui veulent rester doivent alors faire face à des actes de pressions des propriétaires, a avancé l’organisatrice communautaire du Comité logement du Plateau Mont-Royal, Vicky Langevin, mardi, en conférence de presse.\n\nC’est une minorité de locataires qui vont jusqu’aux audiences de la Régie du logement, notamment à cause des délais, qui peuvent parfois atteindre 21 mois, a-t-elle ajouté.\n\nAu total, le comité a repéré 6 immeubles qui comptent près de 180 logements qui seraient concernés par ce genre de pratiques. «Ce ne serait pourtant que la pointe de l’iceberg», a déclaré Mme Langevin.\n\nUn constat que ne partage pas un des propriétaires cités par le Comité logement. Celui-ci a affirmé à Métro respecter toutes les règles, mais a préféré garder l’anonymat. Il a nié les accusations de harcèlement à l’encontre des locataires. «J’exerce mes droits de propriétaire, j’ai un immeuble, je m’attends à un certain loyer, à un paiement mensuel. S’il ne rentre pas, je l’exige et si on ne me le paye pas, comme la loi me donne le droit, je vais en cours pour demander que cette personne-là quitte. Je n’envoie pas de mises en demeure pour que les gens quittent sans raison valable», a-t-il ajouté.\n\nLe Comité logement affirme que les propriétaires «encaissent les loyers en retard et menacent ensuite les locataires de les poursuivre à la Régie du logement afin d’ordonner leur éviction».",
    },
    {
        "slug": "reze-l-inspecteur-conspue-par-les-parents-d-eleves",
        "title": "A Rezé, l'inspecteur conspué par les parents d'élèves",
        "url": "https://www.20minutes.fr/nantes/781640-20110906-reze-inspecteur-conspue-parents-eleves",
        "outlet": "20 Minutes",
        "body": "Aujourd'hui, un « comité technique paritaire » va entériner les ouvertures et fermetures de classes en Loire-Atlantique. Si 43 classes étaient hier déjà condamnées dans les seules écoles primaires publiques, 35 autres étaient toujours en sursis. L'école maternelle Roger-Salengro, à Rezé, est concernée. En juin, ses parents d'élèves ont occupé les locaux pendant deux jours, contre la possible fermeture d'une des six classes. Il lui faut en effet 160 enfants, et non plus 150, pour garder le même nombre de niveaux.\n\nHier, une quarantaine de ces parents sont donc revenus pour assurer le « comité d'accueil » de l'inspecteur de l'Education nationale venu comptabiliser les enfants présents : il en manquait encore deux, pour atteindre le seuil fatidique... « L'an passé nous avons accueilli onze élèves en cours d'année », fait valoir Juliette, maman de Mathilda (3 ans) et Titouan (6 ans). « S'il y a fermeture, c'est la catastrophe : on va démarrer l'année à 31 ou 33 par classe. » Un calcul qui n'émeut guère le fonctionnaire, sifflé à sa sortie. « Lamentable » et « honteux » s'échappent des bouches des parents. « C'est ça, écrasez les enfants avec le sourire ! », s'emporte un père. « Je vous recommande de ne pas agresser outre mesure l'inspecteur », rétorque le maire (PS) de Rezé, Gilles Retière, qui accompagne l'inspecteur. « Le responsable, c'est d'abord le gouvernement. » Et de promettre d'« écrire à l'inspecteur d'académie » pour solliciter sa bienveillance. De leur côté, des parents suggéraient plutôt d'aller « camper » au rectorat.",
    },
    {
        "slug": "saguenay-le-temps-supplementaire-obligatoire-explose-chez-les-infirmieres",
        "title": "Situation critique pour les infirmières à Saguenay",
        "url": "http://www.tvanouvelles.ca/2018/01/11/situation-critique-pour-les-infirmieres-a-saguenay-1",
        "outlet": "TVA Nouvelles",
        "body": "La situation est critique dans les hôpitaux des arrondissements de Chicoutimi et de Jonquière, à Saguenay. Les éclosions de grippe et les débordements à l'urgence, de même que la tempête de la semaine dernière, ont fait exploser le temps supplémentaire obligatoire chez les infirmières.\n\nDepuis 10 jours, seulement à l'Hôpital de Chicoutimi, une centaine d'infirmières ont été forcées de rester au travail.\n\nSeulement pour la fin de semaine dernière, 50 quarts de travail ont été effectués en temps supplémentaire obligatoire.\n\n«En aucun temps, elles n’ont le droit de quitter. Ça veut dire qu'au lieu de faire huit heures, elles font un 16 heures et le lendemain matin, elles sont requises encore au travail», a relaté la présidente du syndicat des infirmières, Julie Bouchard.\n\n«C'est insensé, ces personnes-là ont des familles qui les attendent, elles ont des gardiennes», a-t-elle ajouté, sans compter la fatigue qui s’accumule.\n\nL'urgence déborde. Les autres services des hôpitaux sont également bondés. Plus d'une vingtaine de patients sont placés sur des lits de débordement du côté de l’Hôpital de Chicoutimi.\n\n«Quand on a un patient qui est couché sur une civière à l'urgence depuis 38 heures, ce n'est pas normal», a soutenu Mme Bouchard.\n\nÀ l'Hôpital de Chicoutimi, le syndicat des infirmières a rencontré la direction du centre hospitalier en début de semaine. On estime que la situation ne peut plus durer et qu'une mauvaise gestion des horaires est à l'origine de tous ces problèmes.\n\n«C'est presque par miracle qu'il n'y ait pas rien encore qui soit arrivé de majeur. [...] Chaque seconde de notre travail, on a la vie des gens entre nos mains. Une simple erreur d'inattention peut mener un patient à la mort», a ajouté la présidente du syndicat des infirmières.",
    },
    {
        "slug": "fleuve-saint-laurent-les-belugas-sont-plus-nombreux",
        "title": "Fleuve Saint-Laurent : les bélugas sont plus nombreux",
        "url": "https://www.journaldequebec.com/2023/05/08/fleuve-saint-laurent-les-belugas-sont-plus-nombreux-1",
        "outlet": "Le Journal de Québec",
        "body": "La population de bélugas dans le fleuve Saint-Laurent serait deux fois plus importante qu'il y a dix ans.\n\nC'est ce qu'un nouveau rapport de Pêches et Océans Canada a rapporté. En 2013, des chercheurs estimaient qu'il y avait 889 individus dans le Saint-Laurent, alors qu'en 2022, la moyenne des estimations les chiffre à 1850 bélugas.\n\n«On a mis des instruments sur les individus, ce qui nous rend meilleurs à les compter, a expliqué Véronique Lesage, chercheuse chez Pêches et Océans Canada. On réalise aujourd’hui qu’on sous-estimait le nombre d’individus.»\n\n«Si la population [de bélugas] déclinait, notre capacité à déceler ces signaux est présente, a ajouté Robert Michaud, directeur scientifique du Groupe de recherche et d'éducation sur les mammifères marins (GREMM).»\n\nIl faut toutefois faire preuve de nuance. Si on recense plus de bélugas, ce n'est pas parce qu'il y a plus d'individus dans le fleuve. Au contraire, on craint que l'espèce connaisse un déclin d'ici les 10 prochaines années.\n\n«Depuis 2010, on observe un nombre anormalement élevé de femelles qui meurent en accouchement. On a aussi un nombre élevé de veaux qui s’échouent. Les femelles meurent 15 ans plus tôt. Dans leur vie reproductrice, elles auraient dû avoir quatre à cinq nouveau-nés de plus», a averti Lesage.\n\nPar contre, plusieurs individus se portent mieux. Dans les années 80, des scientifiques avaient noté la présence de cancer de l'intestin chez plusieurs bélugas. Un cancer qui aujourd'hui aurait complètement disparu.\n\n«Il y a eu des réglementations au niveau des HAP, plusieurs contaminants, et ça a bénéficié aux bélugas. Ça donne un coup de pouce à la population, puisque c’est une cause de mortalité qui est complètement éliminée maintenant.",
    },
]

ACTORS = [
    # slug, name, kind, parent, aliases
    (
        "parti-democratique-luxembourgeois",
        "Parti démocratique (Luxembourg)",
        "organisation",
        None,
        ["DP"],
    ),
    (
        "carole-hartmann",
        "Carole Hartmann",
        "person",
        "parti-democratique-luxembourgeois",
        ["Hartmann", "Mme Hartmann", "Carole Hartmannn"],
    ),
    ("ville-d-echternach", "Ville d'Echternach", "government", None, ["Echternach"]),
    ("yves-wengler", "Yves Wengler", "person", "ville-d-echternach", ["Wengler", "M. Wengler"]),
    (
        "ministere-de-la-culture-luxembourgeois",
        "Ministère de la Culture (Luxembourg)",
        "government",
        None,
        [],
    ),
    ("utt-tunisie", "Union des travailleurs de Tunisie", "organisation", None, ["Utt"]),
    (
        "syndicat-de-l-usine-leoni-de-mateur-nord",
        "Syndicat de l'usine Leoni de Mateur-Nord",
        "organisation",
        "utt-tunisie",
        [],
    ),
    (
        "moonem-darragi",
        "Moonem Darragi",
        "person",
        "syndicat-de-l-usine-leoni-de-mateur-nord",
        ["Darragi", "M. Darragi"],
    ),
    ("police-nationale-congolaise", "Police nationale congolaise", "government", None, ["PNC"]),
    (
        "sylvano-kasongo",
        "Sylvano Kasongo Kitenge",
        "person",
        "police-nationale-congolaise",
        ["Sylvano Kasongo", "Kasongo"],
    ),
    (
        "habitants-de-kauka-kalamu",
        "Habitants du quartier Kauka (Kalamu, Kinshasa)",
        "group",
        None,
        [],
    ),
    (
        "familles-des-victimes-de-kalamu",
        "Familles des jeunes retrouvés morts à Kalamu",
        "group",
        None,
        [],
    ),
    (
        "commercants-du-marche-dantokpa",
        "Commerçants du marché Dantokpa (Cotonou)",
        "group",
        None,
        [],
    ),
    ("paulette-loko", "Paulette Loko", "person", "commercants-du-marche-dantokpa", ["Loko"]),
    (
        "razack-vendeur-de-tissus",
        "Razack (vendeur de tissus au marché Dantokpa)",
        "person",
        "commercants-du-marche-dantokpa",
        ["Razack"],
    ),
    ("gouvernement-beninois", "Gouvernement béninois", "government", None, []),
    (
        "jose-tonato",
        "José Didier Tonato",
        "person",
        "gouvernement-beninois",
        ["José Tonato", "Tonato", "M. Tonato"],
    ),
    ("fc-sion", "FC Sion", "organisation", None, ["Sion"]),
    ("christian-constantin", "Christian Constantin", "person", "fc-sion", ["Constantin", "M. Constantin"]),
    ("matteo-tosetti", "Matteo Tosetti", "person", "fc-sion", ["Tosetti"]),
    ("sncb", "SNCB", "organisation", None, ["la SNCB"]),
    ("nathalie-pierard", "Nathalie Pierard", "person", "sncb", ["Pierard", "Mme Pierard"]),
    ("kris-peeters", "Kris Peeters", "person", "gouvernement-federal-belge", ["Peeters"]),
    ("fgtb", "Fédération générale du travail de Belgique", "organisation", None, ["FGTB"]),
    ("marc-goblet", "Marc Goblet", "person", "fgtb", ["Goblet"]),
    ("fdsea-haute-vienne", "FDSEA de la Haute-Vienne", "organisation", None, ["FDSEA 87"]),
    ("boris-bulan", "Boris Bulan", "person", "fdsea-haute-vienne", ["Bulan"]),
    ("julien-bonneaud", "Julien Bonneaud", "person", "fdsea-haute-vienne", ["Bonneaud"]),
    (
        "prefecture-de-la-reunion",
        "Préfecture de La Réunion",
        "government",
        "gouvernement-francais",
        ["la préfecture de La Réunion"],
    ),
    ("dominique-sorain", "Dominique Sorain", "person", "prefecture-de-la-reunion", ["Sorain", "M. Sorain"]),
    (
        "crpem-reunion",
        "Comité régional des pêches maritimes et des élevages marins de La Réunion",
        "organisation",
        None,
        ["CRPEM"],
    ),
    ("jean-rene-enilorac", "Jean-René Enilorac", "person", "crpem-reunion", ["Enilorac"]),
    (
        "comite-logement-du-plateau-mont-royal",
        "Comité logement du Plateau Mont-Royal",
        "organisation",
        None,
        ["Comité logement"],
    ),
    (
        "vicky-langevin",
        "Vicky Langevin",
        "person",
        "comite-logement-du-plateau-mont-royal",
        ["Langevin", "Mme Langevin"],
    ),
    (
        "proprietaire-anonyme-du-plateau-mont-royal",
        "Propriétaire anonyme cité par le Comité logement du Plateau Mont-Royal",
        "person",
        None,
        [],
    ),
    (
        "parents-d-eleves-de-l-ecole-roger-salengro",
        "Parents d'élèves de l'école maternelle Roger-Salengro (Rezé)",
        "group",
        None,
        [],
    ),
    (
        "juliette-mere-d-eleve-a-reze",
        "Juliette (mère d'élèves de l'école Roger-Salengro, Rezé)",
        "person",
        "parents-d-eleves-de-l-ecole-roger-salengro",
        ["Juliette"],
    ),
    ("ville-de-reze", "Ville de Rezé", "government", None, ["Rezé"]),
    ("gilles-retiere", "Gilles Retière", "person", "ville-de-reze", ["Retière", "M. Retière"]),
    (
        "syndicat-des-infirmieres-de-saguenay",
        "Syndicat des infirmières des hôpitaux de Saguenay",
        "organisation",
        None,
        [],
    ),
    (
        "julie-bouchard",
        "Julie Bouchard",
        "person",
        "syndicat-des-infirmieres-de-saguenay",
        ["Bouchard", "Mme Bouchard"],
    ),
    ("peches-et-oceans-canada", "Pêches et Océans Canada", "government", None, ["MPO"]),
    ("veronique-lesage", "Véronique Lesage", "person", "peches-et-oceans-canada", ["Lesage", "Mme Lesage"]),
    (
        "gremm",
        "Groupe de recherche et d'éducation sur les mammifères marins",
        "organisation",
        None,
        ["GREMM"],
    ),
    ("robert-michaud", "Robert Michaud", "person", "gremm", ["Michaud", "M. Michaud"]),
    (
        "chercheurs-sur-les-belugas-du-saint-laurent",
        "Chercheurs sur les bélugas du Saint-Laurent",
        "group",
        None,
        [],
    ),
]

MINISTERE_CULTURE_LU = "ministere-de-la-culture-luxembourgeois"
HABITANTS_KAUKA = "habitants-de-kauka-kalamu"
COMMERCANTS_DANTOKPA = "commercants-du-marche-dantokpa"
COMITE_PLATEAU = "comite-logement-du-plateau-mont-royal"
PROPRIETAIRE_PLATEAU = "proprietaire-anonyme-du-plateau-mont-royal"
PARENTS_REZE = "parents-d-eleves-de-l-ecole-roger-salengro"
CHERCHEURS_BELUGAS = "chercheurs-sur-les-belugas-du-saint-laurent"

ANNOTATIONS = {
    "echternach-des-chantiers-municipaux-arretes-par-l-etat": [
        (
            "«Pas moins de quatre arrêts de fermeture de chantier ont été imposés par l'État pour des projets municipaux, depuis mai 2021», s'offusque la députée DP Carole Hartmannn",
            ["carole-hartmann"],
            "asserts",
            "s'offusque",
        ),
        ("La ville ne présente pas son meilleur visage»", ["carole-hartmann"], "asserts", ""),
        (
            "Yves Wengler, le bourgmestre CSV d'Echternach, estime qu'il s'agit d'un «style politique [qu'il] n'apprécie guère» et «[qu'il] ne va pas commenter»",
            ["yves-wengler"],
            "asserts",
            "estime",
        ),
        (
            "La commune d'Echternach a lancé ces derniers mois des chantiers, visiblement sans obtenir d'autorisations auprès des autorités étatiques",
            [None],
            "suspects",
            "visiblement",
        ),
        (
            "«Des sculptures auraient dû être installées à l’entrée du parvis de la basilique, note le ministère de la Culture",
            [MINISTERE_CULTURE_LU],
            "asserts",
            "note",
        ),
        (
            "En collaboration avec l’Institut national pour le patrimoine architectural (INPA), la ville d’Echternach est en phase de revoir et de redéfinir ce projet afin de le rendre plus cohérent»",
            [MINISTERE_CULTURE_LU],
            "asserts",
            "",
        ),
        (
            "Le ministère ajoute que «d’importants travaux» ont été lancés dans l’urgence dans le parc d'Echternach, suite aux inondations de juillet 2021, «sans autorisation»",
            [MINISTERE_CULTURE_LU],
            "asserts",
            "ajoute",
        ),
        (
            "À l’heure actuelle, une étude devant permettre de restaurer le parc «de manière adéquate» est en cours, souligne le ministère",
            [MINISTERE_CULTURE_LU],
            "asserts",
            "souligne",
        ),
        (
            "qui précise que des travaux de fauchage et d’entretien peuvent en parallèle être réalisés",
            [MINISTERE_CULTURE_LU],
            "asserts",
            "précise",
        ),
        ("«La commune en est informée», dit-il", [MINISTERE_CULTURE_LU], "asserts", "dit-il"),
    ],
    "leoni-mateur-nord-le-syndicat-de-l-usine-accuse-la-direction": [
        (
            "la centrale syndicale dont l’intransigeance semble avoir été derrière la décision de Leoni de fermer son usine à Mateur-Nord",
            [None],
            "suspects",
            "semble",
        ),
        (
            "L’Union des travailleurs de Tunisie (Utt), la centrale syndicale dont l’intransigeance semble avoir été derrière la décision de Leoni de fermer son usine à Mateur-Nord, estime que cette décision «était une surprise»",
            ["utt-tunisie"],
            "asserts",
            "estime",
        ),
        (
            "Dans un communiqué signé par le secrétaire général du syndicat de l’usine, Moonem Darragi, on lit notamment que «l’administration a décidé de fermer l’usine, sans avis préalable et sous de faux prétextes qui n’ont aucune relation avec les conditions de travail au sein de l’usine»",
            ["moonem-darragi"],
            "denies",
            "on lit",
        ),
        (
            "Selon M. Darragi, «l’administration avait une intention implicite de délocaliser l’usine et de priver la région de Mateur de plus de 3.000 emplois, et ce à travers des provocations, des sanctions injustifiées des employés et aussi des menaces répétées de fermer le site»",
            ["moonem-darragi"],
            "asserts",
            "Selon",
        ),
        (
            "Le syndicat de l’usine avait tenu, selon le communiqué, une conférence de presse, le 26 janvier, au cours de laquelle il a jeté la lumière sur la situation véritable au sein de l’entreprise",
            ["moonem-darragi"],
            "asserts",
            "selon",
        ),
        (
            "«le directeur de l’usine avait démenti, dans des déclarations aux médias, l’observation d’un sit-in à l’usine et nié toute intention de la fermer, tout en parlant de revendications excessives des ouvriers»",
            ["moonem-darragi"],
            "asserts",
            "",
        ),
        (
            "«Il a même confirmé la volonté de développer davantage le site et d’y créer de nouveaux emplois», a avancé le secrétaire général du syndicat de Leoni-Mateur-Nord",
            ["moonem-darragi"],
            "asserts",
            "a avancé",
        ),
        (
            "«Nous rendons la direction responsable des résultats négatifs pouvant découler de la fermeture de l’usine», écrit encore M. Darragi",
            ["moonem-darragi"],
            "suspects",
            "écrit",
        ),
        (
            "appelant l’entreprise à revenir sur cette décision et à traiter avec les employés en tant que véritables partenaires «concernés par l’intérêt de l’entreprise»",
            ["moonem-darragi"],
            "asserts",
            "appelant",
        ),
    ],
    "kinshasa-trois-corps-sans-vie-decouverts-a-kalamu": [
        (
            "Trois corps sans vie ont été retrouvés, ce dimanche matin, au quartier Kauka, dans la commune de Kalamu, ont rapporté les habitants et la police",
            [HABITANTS_KAUKA, "police-nationale-congolaise"],
            "asserts",
            "ont rapporté",
        ),
        (
            "Ces victimes ont été étranglées, a affirmé à ACTUALITE.CD,  le chef de la police de la ville de Kinshasa, le général Sylvano Kasongo Kitenge",
            ["sylvano-kasongo"],
            "asserts",
            "a affirmé",
        ),
        (
            "\"J'ai été aussi alerté le matin, je suis parti sur terrain personnellement, j'ai vu trois corps. Les enquêtes sont en cours, il y a des gens qui disent qu'il s'agit des kulunas. Ces gens qui sont morts ... J'ai vu qu'ils étaient étranglés, mais il n'y a pas de traces de balles. On ne sait pas ce qui s'est passé\", a déclaré le responsable de la police",
            ["sylvano-kasongo"],
            "asserts",
            "a déclaré",
        ),
        (
            "Des habitants ont supposé qu'il s'agit des jeunes kulunas (gangsters) exécutés par les forces de l'ordre",
            [HABITANTS_KAUKA],
            "suspects",
            "ont supposé",
        ),
        (
            'le général Kasongo a rejeté l\'implication de la police qui  "respecte les droits de l\'homme" et dont le rôle est de "sécuriser la population"',
            ["sylvano-kasongo"],
            "denies",
            "a rejeté",
        ),
        (
            "\"Il ne s'agit pas de la police peut-être un règlement de comptes, mais attendons voir avec les enquêtes, j'ai associé le procureur général de Kalamu\", a ajouté le général Kasongo",
            ["sylvano-kasongo"],
            "denies",
            "a ajouté",
        ),
        (
            'Quelques familles des victimes disent  avoir "vu des gens cagoulés", a indiqué la même source',
            ["familles-des-victimes-de-kalamu"],
            "asserts",
            "disent",
        ),
    ],
    "cotonou-la-fermeture-annoncee-du-marche-dantokpa": [
        (
            "Pour beaucoup comme Paulette Loko qui y vie et vends des bijoux, c’est déjà la désolation",
            [COMMERCANTS_DANTOKPA, "paulette-loko"],
            "asserts",
            "Pour",
        ),
        (
            "« Je suis née ici, à Dantokpa. La foule me plaît. Quand je suis assise ici, même si je ne vends rien, c’est mon spectacle », confie-t-elle",
            ["paulette-loko"],
            "asserts",
            "confie-t-elle",
        ),
        (
            "Razack, vendeur de tissus n’imagine pas le développement économique sans ce marché riche de souvenirs pour lui",
            ["razack-vendeur-de-tissus"],
            "asserts",
            "n’imagine pas",
        ),
        ("il interpelle les autorités béninoises", ["razack-vendeur-de-tissus"], "asserts", "interpelle"),
        (
            "« Le marché Dantokpa a déjà fait un siècle d’existence. Moi, j’ai plus de cinquante ans et le marché était déjà là du temps de mon papa et ma maman. Moi, ce que je demande à nos gouvernants, c’est de bien réfléchir, car le jour où ils vont fermer le marché, le pays sera un peu K.O », prévient-il",
            ["razack-vendeur-de-tissus"],
            "asserts",
            "prévient-il",
        ),
        (
            "Selon le ministre béninois en charge du cadre de vie et du développement humain José Tonato, cette prise de décision est une nécessité environnementale pour la ville, afin de donner une meilleure exposition aux activités commerciales qui sont pratiquées dans cet espace économique",
            ["jose-tonato"],
            "asserts",
            "Selon",
        ),
        (
            "« Il y a un mélange total des genres et des activités commerciales allant du détail au gros, mélangeant tous les types de produits, agricoles, produits manufacturés, produits nobles, textiles, bijoux, cosmétiques, etc. Et c’était devenu un véritable point noir au cœur de la ville de Cotonou. Un point critique d’un point de vue environnemental, auquel il fallait coûte que coûte s’attaquer », a déclaré, le ministre en charge du cadre de vie",
            ["jose-tonato"],
            "asserts",
            "a déclaré",
        ),
    ],
    "fc-sion-constantin-servette-etait-nettement-meilleur": [
        (
            "'Je ne peux pas reprocher aux joueurs de ne pas avoir mis d'engagement.'",
            ["christian-constantin"],
            "denies",
            "",
        ),
        (
            "'L'équipe ne manquait pas de caractère, et puis avec le nombre de blessés qu'il y avait, ce n'est pas aujourd'hui que nous avions le plus d'expérience. Si j'étais un entraîneur normal, je vous dirais que la différence s'est faite là-dessus. Mais pour moi, le premier but que nous encaissons est celui qui change le match.'",
            ["christian-constantin"],
            "asserts",
            "",
        ),
        (
            "'Servette était nettement meilleur', s'est-il même permis d'affirmer",
            ["christian-constantin"],
            "asserts",
            "s'est-il même permis d'affirmer",
        ),
        (
            "'Il aurait fallu mettre le 2-1 avant si nous avions voulu égaliser', ajoutait-il",
            ["christian-constantin"],
            "asserts",
            "ajoutait-il",
        ),
        (
            "'Cet entraîneur, il faut le virer', a-t-il même rigolé",
            ["christian-constantin"],
            "asserts",
            "a-t-il même rigolé",
        ),
        (
            "Constantin ne nommera pas vraisemblablement pas d'entraîneur avant la trêve internationale",
            [None],
            "suspects",
            "vraisemblablement",
        ),
        ("Le schéma devrait encore être reproduit donc", [None], "suspects", "devrait"),
        (
            "Ce qui fait dire à Matteo Tosetti que 'c'est une situation compliquée, c'est la première fois que je vis ça, souffle le milieu sédunois",
            ["matteo-tosetti"],
            "asserts",
            "fait dire",
        ),
        ("Il faut que les joueurs se responsabilisent plus.'", ["matteo-tosetti"], "asserts", ""),
    ],
    "greve-sncb-jour-6-la-greve-contre-productive-se-poursuit": [
        (
            "La porte-parole de la SNCB craint que « des perturbations pourraient se faire ressentir sur tout le réseau. »",
            ["nathalie-pierard"],
            "asserts",
            "craint",
        ),
        (
            "Kris Peeters a annoncé son intention de mettre les grévistes à l’amende",
            ["kris-peeters"],
            "asserts",
            "a annoncé",
        ),
        (
            "Ce à quoi ne s’oppose apparemment pas la branche flamande de la CGSP",
            [None],
            "suspects",
            "apparemment",
        ),
        (
            "« 90 à 100% du réseau sera opérationnel en Flandre », selon la porte-parole Nathalie Pierard",
            ["nathalie-pierard"],
            "asserts",
            "selon",
        ),
        (
            "« Comme hier, nous allons essayer d’instaurer des navettes », a encore ajouté Mme Pierard",
            ["nathalie-pierard"],
            "asserts",
            "a encore ajouté",
        ),
        (
            "Kris Peeters (CD&V) annonçait son intention de donner des amendes au membres du personnel qui se mettraient en grève sans préavis",
            ["kris-peeters"],
            "asserts",
            "annonçait",
        ),
        (
            "Marc Goblet (FGTB) avait parlé de « provocation » de la part du gouvernement",
            ["marc-goblet"],
            "suspects",
            "avait parlé de",
        ),
    ],
    "limoges-les-agriculteurs-devant-la-prefecture-pour-l-arrivee-du-prefet": [
        (
            "« Nous venons accueillir le nouveau préfet avec ces feux de la colère car il faut qu’on reparle de tous les problèmes agricoles », expliquait Boris Bulan",
            ["boris-bulan"],
            "asserts",
            "expliquait",
        ),
        (
            "Et de lister pêle-mêle : la taxe carbone sur les engrais, le Mercosur qui risque de nous impacter énormément, tout ce qui est sanitaire entre tuberculose bovine et DNC (dermatose nodulaire contagieuse), etc.",
            ["boris-bulan"],
            "asserts",
            "Et de lister",
        ),
        (
            "Il y a un ras-le-bol général et après les grandes manifestations d’il y a deux ans, on n’avance pas.",
            ["boris-bulan"],
            "asserts",
            "",
        ),
        (
            "la FDSEA 87 estime en effet qu’il est temps de sortir des demi-mesures et que l’État apporte des réponses sanitaires, économiques et politiques à la hauteur des enjeux",
            ["fdsea-haute-vienne"],
            "asserts",
            "estime",
        ),
        (
            "« On sait qu’il y a un protocole quand un préfet arrive », poursuivait Julien Bonneaud",
            ["julien-bonneaud"],
            "asserts",
            "poursuivait",
        ),
        (
            "« On n’est pas contre, on respecte bien sûr, mais on veut, nous aussi, être reçus car les problèmes sont vraiment profonds et nous avons des revendications. »",
            ["julien-bonneaud"],
            "asserts",
            "",
        ),
        (
            "La FDSEA 87 a également lancé ces derniers jours, sur ses réseaux sociaux, un appel à mobilisation pour une opération bâchage de radars",
            ["fdsea-haute-vienne"],
            "asserts",
            "a également lancé",
        ),
    ],
    "la-reunion-le-prefet-au-comite-regional-des-peches": [
        (
            '"L’État doit travailler avec d’autres partenaires pour appuyer le secteur de la pêche à La Réunion", a mis en avant Dominique Sorain',
            ["dominique-sorain"],
            "asserts",
            "a mis en avant",
        ),
        (
            '"La pêche est un véritable secteur économique, et une richesse aussi pour La Réunion, que ce soit pour la pêche artisanale ou hauturière", a-t-il souligné',
            ["dominique-sorain"],
            "asserts",
            "a-t-il souligné",
        ),
        (
            "Jean-René Enilorac, le président du CRPEM a ainsi évoqué la concurrence déloyale de certains pêcheurs traditionnels qui revendent leurs poissons",
            ["jean-rene-enilorac"],
            "asserts",
            "a ainsi évoqué",
        ),
        (
            "Le comité de préciser que 150 bateaux de plaisance sont incriminés sur les quelques 4 000 que compte l’île",
            ["crpem-reunion"],
            "asserts",
            "de préciser",
        ),
        (
            "Autre point, le fait que les pêcheurs professionnels avaient investis pour ne plus pêcher dans la Réserve marine, et que ce sont certains pêcheurs traditionnels qui le font à la place",
            ["crpem-reunion"],
            "asserts",
            "",
        ),
        (
            "le préfet a évoqué un meilleur encadrement de la réserve marine",
            ["dominique-sorain"],
            "asserts",
            "a évoqué",
        ),
    ],
    "plateau-mont-royal-le-comite-logement-accuse-des-proprietaires": [
        (
            "Le Comité logement du Plateau Mont-Royal accuse quatre propriétaires d’expulser de manière abusive ses locataires pour faire des travaux",
            [COMITE_PLATEAU],
            "suspects",
            "accuse",
        ),
        (
            "L’organisme dénonce aussi les hausses de loyers qui s’en suivent et accentuent le phénomène de gentrification dans l’arrondissement",
            [COMITE_PLATEAU],
            "suspects",
            "dénonce",
        ),
        (
            "Ceux qui veulent rester doivent alors faire face à des actes de pressions des propriétaires, a avancé l’organisatrice communautaire du Comité logement du Plateau Mont-Royal, Vicky Langevin",
            ["vicky-langevin"],
            "asserts",
            "a avancé",
        ),
        (
            "C’est une minorité de locataires qui vont jusqu’aux audiences de la Régie du logement, notamment à cause des délais, qui peuvent parfois atteindre 21 mois, a-t-elle ajouté",
            ["vicky-langevin"],
            "asserts",
            "a-t-elle ajouté",
        ),
        (
            "le comité a repéré 6 immeubles qui comptent près de 180 logements qui seraient concernés par ce genre de pratiques",
            [COMITE_PLATEAU],
            "asserts",
            "a repéré",
        ),
        (
            "«Ce ne serait pourtant que la pointe de l’iceberg», a déclaré Mme Langevin",
            ["vicky-langevin"],
            "asserts",
            "a déclaré",
        ),
        (
            "Un constat que ne partage pas un des propriétaires cités par le Comité logement",
            [PROPRIETAIRE_PLATEAU],
            "denies",
            "ne partage pas",
        ),
        (
            "Celui-ci a affirmé à Métro respecter toutes les règles",
            [PROPRIETAIRE_PLATEAU],
            "denies",
            "a affirmé",
        ),
        (
            "Il a nié les accusations de harcèlement à l’encontre des locataires",
            [PROPRIETAIRE_PLATEAU],
            "denies",
            "a nié",
        ),
        (
            "«J’exerce mes droits de propriétaire, j’ai un immeuble, je m’attends à un certain loyer, à un paiement mensuel. S’il ne rentre pas, je l’exige et si on ne me le paye pas, comme la loi me donne le droit, je vais en cours pour demander que cette personne-là quitte. Je n’envoie pas de mises en demeure pour que les gens quittent sans raison valable», a-t-il ajouté",
            [PROPRIETAIRE_PLATEAU],
            "denies",
            "a-t-il ajouté",
        ),
        (
            "Le Comité logement affirme que les propriétaires «encaissent les loyers en retard et menacent ensuite les locataires de les poursuivre à la Régie du logement afin d’ordonner leur éviction»",
            [COMITE_PLATEAU],
            "asserts",
            "affirme",
        ),
    ],
    "reze-l-inspecteur-conspue-par-les-parents-d-eleves": [
        (
            "« L'an passé nous avons accueilli onze élèves en cours d'année », fait valoir Juliette",
            ["juliette-mere-d-eleve-a-reze"],
            "asserts",
            "fait valoir",
        ),
        (
            "« S'il y a fermeture, c'est la catastrophe : on va démarrer l'année à 31 ou 33 par classe. »",
            ["juliette-mere-d-eleve-a-reze"],
            "asserts",
            "",
        ),
        (
            "« Lamentable » et « honteux » s'échappent des bouches des parents",
            [PARENTS_REZE],
            "asserts",
            "s'échappent des bouches",
        ),
        (
            "« C'est ça, écrasez les enfants avec le sourire ! », s'emporte un père",
            [PARENTS_REZE],
            "asserts",
            "s'emporte",
        ),
        (
            "« Je vous recommande de ne pas agresser outre mesure l'inspecteur », rétorque le maire (PS) de Rezé, Gilles Retière",
            ["gilles-retiere"],
            "asserts",
            "rétorque",
        ),
        ("« Le responsable, c'est d'abord le gouvernement. »", ["gilles-retiere"], "asserts", ""),
        (
            "Et de promettre d'« écrire à l'inspecteur d'académie » pour solliciter sa bienveillance",
            ["gilles-retiere"],
            "asserts",
            "Et de promettre",
        ),
        (
            "des parents suggéraient plutôt d'aller « camper » au rectorat",
            [PARENTS_REZE],
            "asserts",
            "suggéraient",
        ),
    ],
    "saguenay-le-temps-supplementaire-obligatoire-explose-chez-les-infirmieres": [
        (
            "«En aucun temps, elles n’ont le droit de quitter. Ça veut dire qu'au lieu de faire huit heures, elles font un 16 heures et le lendemain matin, elles sont requises encore au travail», a relaté la présidente du syndicat des infirmières, Julie Bouchard",
            ["julie-bouchard"],
            "asserts",
            "a relaté",
        ),
        (
            "«C'est insensé, ces personnes-là ont des familles qui les attendent, elles ont des gardiennes», a-t-elle ajouté",
            ["julie-bouchard"],
            "asserts",
            "a-t-elle ajouté",
        ),
        (
            "«Quand on a un patient qui est couché sur une civière à l'urgence depuis 38 heures, ce n'est pas normal», a soutenu Mme Bouchard",
            ["julie-bouchard"],
            "asserts",
            "a soutenu",
        ),
        (
            "On estime que la situation ne peut plus durer et qu'une mauvaise gestion des horaires est à l'origine de tous ces problèmes",
            ["syndicat-des-infirmieres-de-saguenay"],
            "asserts",
            "On estime",
        ),
        (
            "«C'est presque par miracle qu'il n'y ait pas rien encore qui soit arrivé de majeur. [...] Chaque seconde de notre travail, on a la vie des gens entre nos mains. Une simple erreur d'inattention peut mener un patient à la mort», a ajouté la présidente du syndicat des infirmières",
            ["julie-bouchard"],
            "asserts",
            "a ajouté",
        ),
    ],
    "fleuve-saint-laurent-les-belugas-sont-plus-nombreux": [
        (
            "C'est ce qu'un nouveau rapport de Pêches et Océans Canada a rapporté",
            ["peches-et-oceans-canada"],
            "asserts",
            "a rapporté",
        ),
        (
            "des chercheurs estimaient qu'il y avait 889 individus dans le Saint-Laurent",
            [CHERCHEURS_BELUGAS],
            "asserts",
            "estimaient",
        ),
        (
            "«On a mis des instruments sur les individus, ce qui nous rend meilleurs à les compter, a expliqué Véronique Lesage",
            ["veronique-lesage"],
            "asserts",
            "a expliqué",
        ),
        (
            "On réalise aujourd’hui qu’on sous-estimait le nombre d’individus.»",
            ["veronique-lesage"],
            "asserts",
            "",
        ),
        (
            "«Si la population [de bélugas] déclinait, notre capacité à déceler ces signaux est présente, a ajouté Robert Michaud",
            ["robert-michaud"],
            "asserts",
            "a ajouté",
        ),
        (
            "on craint que l'espèce connaisse un déclin d'ici les 10 prochaines années",
            [CHERCHEURS_BELUGAS],
            "asserts",
            "on craint",
        ),
        (
            "«Depuis 2010, on observe un nombre anormalement élevé de femelles qui meurent en accouchement. On a aussi un nombre élevé de veaux qui s’échouent. Les femelles meurent 15 ans plus tôt. Dans leur vie reproductrice, elles auraient dû avoir quatre à cinq nouveau-nés de plus», a averti Lesage",
            ["veronique-lesage"],
            "asserts",
            "a averti",
        ),
        (
            "des scientifiques avaient noté la présence de cancer de l'intestin chez plusieurs bélugas",
            [CHERCHEURS_BELUGAS],
            "asserts",
            "avaient noté",
        ),
        ("Un cancer qui aujourd'hui aurait complètement disparu", [None], "suspects", "aurait"),
        (
            "«Il y a eu des réglementations au niveau des HAP, plusieurs contaminants, et ça a bénéficié aux bélugas. Ça donne un coup de pouce à la population, puisque c’est une cause de mortalité qui est complètement éliminée maintenant.",
            ["veronique-lesage"],
            "asserts",
            "",
        ),
    ],
}
