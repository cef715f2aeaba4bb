# ruff: noqa: E501  (article text and quotes are kept on the lines they were copied to)
"""A fourth held-out set ("unseen-4"): French-language news excerpts the rules were never run on.

Copied verbatim from stored news pages of outlets absent from the other sets (La Presse, Le Devoir,
La Libre Belgique, BX1, 24 heures, Jeune Afrique, Dakarmatin, MAP Ecology, Liberté Actus, Planète
PSG) on Quebec, Belgian and Swiss politics, press freedom, Franco-Russian diplomacy over Africa,
Gabonese elections, river pollution, an industrial closure and football, annotated by hand with
the conventions of annotations.py, unseen2.py and unseen3.py before the engine read them. Page
furniture (photo captions, bylines, pull quotes, "Lire aussi" links, rubric labels, the wire
credit at the end) is left out; an excerpt is cut only at a paragraph boundary, and a paragraph
the stored page cuts off mid-sentence is dropped. Same shapes as unseen3.py; build.py merges them
into fixtures.json and lists their slugs as `unseen_4` in sources.json.

Conventions, as in unseen2.py and unseen3.py: the quote is the attributing clause, source and
cue included (for an incise, from the quotation to the source's name; for an incise inside the
quotation, from the opening mark to the incise); an attributed statement keeps `asserts` even
when conditional or hedged; a report whose content is negated ("aucun", "jamais", "ne ... pas")
or that calls a report false ("mensonge", `réfuter`, `se défendre de`) `denies`; `accuser`,
`dénoncer`, a complaint filed suspect; speech quoted inside a quotation belongs to the quoting
speaker; a quotation with no cue of its own continues the last speaker (cue ""); subheads are
not recorded. Unnamed spokespeople are attributed to the body they speak for; unnamed
collectives get a group actor; role nouns ("le Premier ministre", "la ministre-présidente") are
never aliases. The outlet speaking of itself (Jeune Afrique denying a claim about Jeune Afrique)
is attributed to the outlet.
"""

ARTICLES = [
    {
        "slug": "legault-refuse-de-repondre-aux-questions-bilan-de-session",
        "title": "François Legault refuse de répondre aux questions",
        "url": "https://www.lapresse.ca/actualites/politique/2022-12-09/bilan-de-fin-de-session/francois-legault-refuse-de-repondre-aux-questions.php",
        "outlet": "La Presse",
        "body": "(Québec) Le premier ministre François Legault a refusé vendredi de répondre aux questions des journalistes dans le cadre de son bilan de fin de session parlementaire, faisant celui-ci exclusivement sur les réseaux sociaux. Les partis d’opposition ont unanimement dénoncé ce choix.\n\nDans le corridor au Parlement en marche vers la période de questions, M. Legault a défendu son choix d’éviter la presse parlementaire en rappelant que la session qui se termine n’a duré que deux semaines.\n\n« Essentiellement, on a remis de l’argent dans le portefeuille des Québécois, on a plafonné les tarifs. C’est ça notre session de deux semaines. Maintenant, je vais voir le sénateur Serge Savard », a-t-il brièvement déclaré.\n\nPlus tôt en journée, les chefs des trois partis d’opposition ont tour à tour répondu aux questions des journalistes lors de leur traditionnel bilan de fin de session parlementaire. « De toute évidence, François Legault est gêné de se présenter devant les Québécois pour défendre son bilan. De la part d’un premier ministre qui demande à être jugé sur ses résultats, c’est décevant », a dit le chef par intérim du Parti libéral du Québec (PLQ), Marc Tanguay.\n\nLe député de Québec solidaire, Vincent Marissal, s’est dit « outré » de la stratégie de communication de la Coalition avenir Québec.",
    },
    {
        "slug": "discours-d-ouverture-de-legault-une-operation-ratee-selon-les-oppositions",
        "title": "Réactions des oppositions : « une opération ratée et superficielle »",
        "url": "https://www.lapresse.ca/actualites/politique/2021-10-19/reactions-des-oppositions/une-operation-ratee-et-superficielle.php",
        "outlet": "La Presse",
        "body": "(Québec) Le discours d’ouverture de François Legault était à peine terminé mardi que les oppositions posaient déjà la même question : tout ça pour ça ? À leurs yeux, l’opération menée par le premier ministre est un exercice de communication « superficiel » qui peaufine des slogans électoraux, plus qu’il amène des solutions aux enjeux que vivent les Québécois.\n\n« Aucune vision »\n\nLa cheffe du Parti libéral, Dominique Anglade, dépeint le premier ministre comme l’homme d’une équipe sans vision qui est « toujours en retard par rapport à la parade ». Elle s’inquiète que le gouvernement caquiste n’ait pas suffisamment élaboré de mesures sur la pénurie de main-d’œuvre, ce qui lui fait dire que François Legault « n’écoute pas ce qui se passe sur le terrain et n’écoute pas ce que les gens ont à dire ». Selon elle, le discours d’ouverture de la nouvelle session parlementaire prononcé mardi est « une opération de rattrapage ratée », et a été prononcé par « un premier ministre inquiet [qui] voit comme tout le monde que ça pète un peu de partout ».",
    },
    {
        "slug": "bilan-de-la-mini-session-parlementaire-a-quebec",
        "title": "Un bref face-à-face",
        "url": "https://www.pressreader.com/canada/le-devoir/20181208/281526522135933",
        "outlet": "Le Devoir",
        "body": "La mini-session parlementaire aura duré deux semaines et six périodes de questions, avec un menu de trois projets de loi, un plan en immigration et une mise à jour économique. Une brièveté qui n’a pas empêché les partis d’opposition de voir poindre les débuts d’un gouvernement « idéologique ». Bilans de session croisés.\n\nCoalition avenir Québec\n\nSans grande surprise, le gouvernement a dressé un bilan positif de son action. «Ce fut bref mais très intense, en termes de climat et de contenu», a lancé la vice-première ministre, Geneviève Guilbeault, en point de presse.\n\nSelon elle, l’équipe caquiste a déjà pu prouver qu’elle est «solide, enthousiaste et travaillante ». Son collègue Simon Jolin-Barrette (leader parlementaire) en a rajouté une couche: un « caucus compétent, pragmatique, dédié », a-t-il soutenu.\n\nM. Jolin-Barrette s’est défendu d’être au service d’un gouvernement idéologue. « On a pris des engagements en campagne et on a eu un mandat. On dépose le plus vite possible des projets de loi liés à ça. Ce sont des engagements qui faisaient partie intégrante de la campagne électorale. Je ne vois pas pourquoi on nous reproche de déposer des projets de loi qui répondent à ces engagements. »",
    },
    {
        "slug": "marcourt-accuse-le-gouvernement-michel-arrestation-journalistes-rtbf",
        "title": "Marcourt accuse le gouvernement Michel d'être derrière l'arrestation des journalistes de la RTBF",
        "url": "http://www.lalibre.be/actu/politique-belge/marcourt-accuse-le-gouvernement-michel-d-etre-derriere-l-arrestation-des-journalistes-de-la-rtbf-5b2bc02a55326301e7a89542",
        "outlet": "La Libre Belgique",
        "body": "C’est Charles Michel (MR) lui-même qui a lâché l’information en séance plénière de la Chambre, ce jeudi après-midi. Interrogé sur l’arrestation administrative dont une équipe de journalistes de la RTBF a fait l’objet mercredi matin, devant le centre fermé 127 bis de Steenokkerzeel, le Premier ministre a indiqué avoir “reçu une lettre d’un ministre de la Fédération Wallonie-Bruxelles” (FWB) dans laquelle il est écrit que c’est “le gouvernement qui aurait donné l’ordre d’arrêter les journalistes.”\n\n“Fake news, mensonge, populisme”, s’est emporté le chef du gouvernement fédéral.\n\nUn courrier signé Marcourt\n\nL’auteur de la lettre est Jean-Claude Marcourt (PS), le ministre des Médias en FWB (ou Communauté française). “La Libre” a pu la lire. Elle est assez courte.\n\n“Nous avons été informés de l’arrestation administrative de journalistes et techniciens de la RTBF dans l’exercice de leurs fonctions, écrit-il au Premier ministre. La fonction de journaliste est d’informer et, dans notre démocratie, toute entrave est une remise en cause de celle-ci. Je ne peux accepter que, sur ordre de votre Gouvernement, il soit porté atteinte de la sorte à la liberté d’informer nos concitoyens. Pourriez-vous m’indiquer de la suite que vous comptez donner à cette entrave manifeste à la liberté de la presse.”\n\nIl avait allumé la mèche sur Twitter\n\nDès mercredi, sur Twitter, M. Marcourt avait estimé que l’arrestation était “l’expression de la dérive autoritaire de ce Gouvernement de droite”. Pour l’heure, il n’a cependant pas précisé sur quels éléments il s’appuie pour lancer ces accusations.",
    },
    {
        "slug": "degryse-confirme-sa-confiance-en-sa-ministre-des-medias",
        "title": "Indépendance de la RTBF : la ministre-présidente Degryse confirme sa confiance en sa ministre des Médias",
        "url": "https://bx1.be/categories/politique/independance-de-la-rtbf-la-ministre-presidente-degryse-confirme-sa-confiance-en-sa-ministre-des-medias/",
        "outlet": "BX1",
        "body": "La ministre-présidente de la Fédération Wallonie-Bruxelles, Elisabeth Degryse (Engagés), a confirmé mardi sa confiance en sa ministre des Médias, Jacqueline Galant (MR), au centre de la polémique depuis dix jours suite à des propos polémiques sur la RTBF.\n\nLonguement interpellée mardi matin en commission du parlement par l’ensemble de l’opposition, Mme Degryse a souligné qu’aucun acte attentatoire à l’indépendance de la radio-télévision publique n’avait été posé par Mme Galant. “La seule opinion exprimée par une ministre ne suffit pas à constituer un acte d’ingérence. L’opinion d’une ministre des Médias ne suffit pas à faire vaciller l’audiovisuel public, ni à infléchir une ligne éditoriale“, a fait valoir la ministre-présidente, s’appuyant notamment sur l’avis dans le même sens exprimé par le conseil supérieur de l’audiovisuel (CSA) la semaine dernière.\n\nLors d’une conférence devant des militants libéraux le 13 janvier dernier à Walhain (Brabant wallon), la ministre Galant avait dit espérer que le remplacement prochain de l’administrateur général de la RTBF et de son directeur de l’information puisse amener la ligne éditoriale de la RTBF “de l’autre côté de l’échiquier politique“. Devant les députés, Mme Degryse a rappelé la procédure longue et cadrée de désignation du futur administrateur général, réfutant dans la foulée toute volonté de son gouvernement de peser sur le choix à poser. “Il n’y a pas d’accord politique sur ce poste“, a martelé la ministre-présidente.\n\nÀ la suite de cette polémique, Mme Degryse a annoncé son intention de lancer une réflexion sur l’élaboration d’un code de déontologie pour l’ensemble des membres du gouvernement.",
    },
    {
        "slug": "gestapistes-galant-juge-les-propos-sur-la-rtbf-inacceptables",
        "title": "“Gestapistes”: Jacqueline Galant juge les propos sur la RTBF inacceptables tout en défendant Georges-Louis Bouchez",
        "url": "https://bx1.be/categories/news/gestapistes-jacqueline-galant-juge-les-propos-sur-la-rtbf-inacceptables-tout-en-defendant-georges-louis-bouchez/",
        "outlet": "BX1",
        "body": "La ministre des Médias, Jacqueline Galant (MR), a fermement dénoncé mardi l’assimilation sur les réseaux sociaux des journalistes de la RTBF avec des “gestapistes”.\n\n“Je le dis avec la plus grande fermeté: aucun désaccord, aucune critique, aucun mécontentement à l’égard d’une institution publique, quelle qu’elle soit, ne peut justifier une assimilation à la police politique nazie“, a insisté Mme Galant, interrogée mardi en commission du parlement par Sabine Roberty (PS) et Fabian Maingain (Lib.res).\n\n“Comparer des travailleurs de la RTBF à la Gestapo n’est pas seulement excessif, c’est inacceptable“, a-t-elle ajouté, précisant s’être entretenue avec l’administrateur général de la RTBF, Jean-Paul Philippot, pour lui faire part de son “profond dégoût” face à cette comparaison.\n\nIl y a dix jours, le président du MR avait repartagé sur son compte X un message qualifiant les journalistes de la RTBF de “fonctionnaires militants gestapistes“, suscitant une large vague d’indignation.\n\nInterrogé dans Le Soir samedi, M. Bouchez a toutefois assuré ne jamais avoir voulu rediffuser le message litigieux, mais un autre message auquel il était relié.\n\nInterrogée par les deux députés d’opposition sur l’attitude de son président de parti, Mme Galant a jugé que celui-ci avait été “très clair” dans son interview au Soir en précisant ne jamais avoir voulu porter le propos véhiculé par ce post.",
    },
    {
        "slug": "les-conseillers-federaux-gardent-leur-departement",
        "title": "Les conseillers fédéraux gardent leur département",
        "url": "https://www.24heures.ch/suisse/conseillers-federaux-gardent-departement/story/17931839",
        "outlet": "24 heures",
        "body": "Le Conseil fédéral réélu in corpore mercredi n'a pas non plus revu la répartition des départements entre ses membres.\n\nAucun membre du gouvernement n'a demandé à changer de département, a précisé le porte-parole du gouvernement André Simonazzi ce vendredi, confirmant à la presse le statu quo. Cette information n'est pas une surprise. Karin Keller-Sutter avait déjà estimé qu'une rocade était peu probable à la télévision alémanique mercredi soir. Alain Berset a aussi fait des déclarations en ce sens et précisé qu'il voulait rester au Département de l'intérieur.\n\nLes médias lui avaient prêté des ambitions pour les affaires étrangères. Leur patron Ignazio Cassis avait déjà dit aux médias qu'il voulait rester à la tête des affaires étrangères au moins dix ans.\n\nMais les attaques des Verts contre le siège du libéral-radical tessinois et les critiques contre son bilan ont alimenté les rumeurs de changements. Le président du PDC, Gerhard Pfister, a mis de l'huile sur le feu juste après la réélection du Conseil fédéral en appelant à un changement de personnel au sein du DFAE afin de donner un nouvel élan aux négociations sur un accord-cadre avec l'UE.",
    },
    {
        "slug": "gabon-le-premier-ministre-prete-a-jeune-afrique-des-propos-imaginaires",
        "title": "Gabon : quand le Premier ministre prête à Jeune Afrique des propos imaginaires sur l'opposant Alexandre Barro-Chambrier",
        "url": "https://www.jeuneafrique.com/654183/politique/gabon-quand-le-premier-ministre-prete-a-jeune-afrique-des-propos-imaginaires-sur-lopposant-alexandre-barro-chambrier/",
        "outlet": "Jeune Afrique",
        "body": "Contrairement à ce qu’a affirmé le Premier ministre gabonais Emmanuel Issoze Ngondet, Jeune Afrique ne l’a aucunement contacté afin de « mettre un terme » à la candidature aux législatives d’Alexandre Barro-Chambrier.\n\nLes périodes électorales sont propices aux excès. Et les surenchères qui s’y pratiquent sont parfois surprenantes.\n\nLe 25 octobre, à Awendjé, un quartier de Libreville, le premier ministre Emmanuel Issoze Ngondet était venu galvaniser les troupes du candidat du Parti démocratique gabonais (PDG, au pouvoir). Le candidat du parti présidentiel, Séverin-Pierre Ndong Ekomi, affrontera en effet ce samedi, lors du deuxième tour des législatives, l’un des très rares ténors de l’opposition encore en lice, Alexandre Barro-Chambrier (ABC), dans le 4e arrondissement de Libreville.\n\nDans une vidéo qui a essaimé sur les réseaux sociaux depuis ce matin, le ton est leste lorsque le Premier ministre évoque la candidature d’ABC, ou encore l’ombre de Jean Ping, rival s’il en est du président Ali Bongo Ondimba (ABO) : « [Alexandre Barro-Chambrier] sait que “le Jaune” ne peut plus être candidat – “le Jaune”, vous savez bien de qui il s’agit ! [Jean Ping, ndlr]. […] Il pense que c’est son heure, il a 60 ans… Et s’il est élu député, il va se présenter chez nous comme le chef de l’opposition, mais surtout à l’étranger, parce qu’il aime beaucoup parler à l’étranger », lance Emmanuel Issoze Ngondet devant des militants acquis à sa cause.",
    },
    {
        "slug": "macron-accuse-la-russie-d-etre-une-puissance-de-destabilisation-de-l-afrique",
        "title": "Emmanuel Macron accuse la Russie d’être une puissance de déstabilisation de l’Afrique",
        "url": "https://dakarmatin.com/2023/06/23/emmanuel-macron-accuse-la-russie-detre-une-puissance-de-destabilisation-de-lafrique",
        "outlet": "Dakarmatin",
        "body": "La Russie est la grande absente du sommet sur le nouveau pacte financier mondial, qui vient de s’achever ce 23 juin 2023 à Paris par une conférence de presse. Et lors de son interview ce vendredi matin à RFI, France 24 et France Info, le président français Emmanuel Macron a même accusé la Russie d’être une « puissance de déstabilisation de l’Afrique ».\n\n« Ce sommet dit l’isolement de la Russie. Il faut qu’elle arrête sa guerre d’empire auprès de son voisin, l’Ukraine », a lancé Emmanuel Macron, qui n’a pas hésité à qualifier la Russie d’être « l’une des seules puissances coloniales du XXIe siècle ».\n\nSurtout, dans cette interview accordée notamment à RFI, le chef de l’État a accusé la Russie, en effet, d’être « une puissance de déstabilisation de l’Afrique à travers des milices privées qui viennent faire de la prédation ». Et Emmanuel Macron d’ajouter : « Cela a été documenté par les Nations unies en République centrafricaine à travers la milice Wagner. »\n\nRéaction ce midi de Dmitri Peskov, le porte-parole de la Présidence russe : « La Russie développe avec les pays africains des relations amicales et constructives basées sur le respect mutuel. Celles-ci ne sont pas dirigées et ne peuvent pas l’être contre des pays-tiers. »\n\nCe qui est piquant dans cette passe d’armes entre Paris et Moscou au sujet notamment de la Centrafrique, c’est que le président centrafricain Faustin-Archange Touadéra est précisément à Paris et a posé pour la photo la veille aux côtés d’Emmanuel Macron et de son épouse, à l’occasion d’un dîner offert à l’Élysée à tous les chefs d’État présents à ce sommet.",
    },
    {
        "slug": "fne-porte-plainte-pour-un-deversement-de-beton-dans-la-seine",
        "title": "France: des associations déposent une plainte contre X pour le déversement d’eaux usées chargées de béton",
        "url": "https://mapecology.ma/actualites/176863",
        "outlet": "MAP Ecology",
        "body": "Paris – Après la publication d’une vidéo montrant un déversement d’eaux usées chargées de béton et de microfibres synthétiques dans la Seine au niveau du quai de Bercy, à Paris, des associations France nature environnement (FNE) ont déposé une plainte contre X auprès du procureur de la République.\n\n« Il s’agit d’une plainte contre X, notamment pour couvrir l’éventualité d’une diversité d’auteurs du dommage, mais c’est bien le fonctionnement de l’installation qui est au centre de cette affaire », souligne Maxime Colin, juriste de FNE Ile-de-France.\n\nL’entreprise de matériaux de construction responsable de ce déversement avait indiqué avoir été victime d’un acte de malveillance par la « détérioration délibérée d’une plaque d’étanchéité, positionnée sur le dernier bassin de décantation des eaux ».\n\nLes associations visent dans leur plainte différentes infractions en l’occurrence destruction des fonds piscicoles, abandon illicite de déchet, pollution des cours d’eau, non-respect de la réglementation ICPE.\n\nFNE Ile-de-France envisage également de porter plainte pour le second déversement constaté dans la Seine en juin dernier lorsqu’une association de riverains avait pris des photographies montrant des camions du cimentier déversant des liquides dans le fleuve au niveau du port de Javel à Paris.",
    },
    {
        "slug": "jarrie-la-direction-quitte-le-cse-sous-les-huees-des-salaries",
        "title": "La direction fuit dans le coffre d’une Kangoo sans clôturer le CSE",
        "url": "https://liberte-actus.fr/economie-et-industrie/entreprises/article/la-direction-fuit-dans-le-coffre-d-une-kangoo-sans-cloturer-le-cse",
        "outlet": "Liberté Actus",
        "body": "Le leader français de l’industrie chimique avait annoncé la couleur dès la mise en redressement judiciaire de son partenaire Vencorex, en indiquant sa volonté de fermer la zone Sud de son site.\n\nLa direction explique sa décision par la chute de Vencorex, son fournisseur de sel purifié. Un « effet d’aubaine » et un « prétexte » pour les syndicats qui rappellent qu’en « aucun cas le plan de restructuration de la direction ne se justifie par les difficultés d’approvisionnement en sel ». Pour Alexandre Fiat, c’est aujourd’hui « la totalité du site qui est en danger ».\n\nAprès plus de 10 jours de grève avait lieu un Comité social et économique (CSE), sur la plateforme de Jarrie, qui promettait d’éclairer la volonté du groupe. Mais la réunion ne semble pas s’être déroulée comme le prévoyait la direction ; la CGT précise dans un communiqué qu’à « la suite de l’annonce de 154 suppressions d’emplois, les élus, à l’unanimité, ont demandé les dossiers techniques sérieux qui justifient l’arrêt des activités ».\n\nFin de non-recevoir de la part de la direction qui, selon le syndicat, n’a pas la capacité de fournir une « quelconque raison valable à la fermeture du site ». « Ils sont partis comme des voleurs par l’issue de secours sous les huées des salariés » raconte-t-il.\n\nCe vendredi 24 janvier, les travailleurs du site se réuniront à nouveau en assemblée générale pour décider – ou non – de la poursuite de leur mouvement de grève. Une mobilisation est d’ores et déjà annoncée le 29 janvier prochain, devant le siège social à Colombes.",
    },
    {
        "slug": "real-madrid-psg-blanc-est-fier-de-ses-joueurs-malgre-tout",
        "title": "C1 - Real Madrid : Blanc est fier de ses joueurs malgré tout",
        "url": "https://www.planetepsg.com/news-37551-c1-real_madrid_blanc_est_fier_de_ses_joueurs_malgre_tout.html",
        "outlet": "Planète PSG",
        "body": "Au micro de BeIn Sport, le technicien français a déclaré : \"J'avais dit à la mi-temps, et je me suis trompé, que si on était capables de faire la deuxième mi-temps comme la première, il était fort probables qu'on arrive à avoir un résultat positif. On l'a fait pratiquement, même si cela a été un peu moins bon. J'avais aussi averti les joueurs qu'il y avait une grande équipe en face et que les joueurs allaient avoir une réaction d'orgueil, ce qu'ils ont eu, mais on les a bien bousculés malgré cela. Malheureusement, on n'a pas réussi à remonter ce but-là. Donc, je suis fier des joueurs et du jeu produit mais frustré parce que, quand on a autant d'occasions et de poteaux sur un match, on doit pouvoir mettre un petit but pour faire 1-1 ce qui aurait été un résultat très positif et très logique aussi. Il va falloir se servir de ce match-là. On s'est prouvés que l'on pouvait augmenter de niveau, individuellement et collectivement. J'ai beaucoup entendu après le match aller qu'on n'était pas capables de monter notre intensité et d'aller plus vite, on est allés aujourd'hui beaucoup plus vite et beaucoup plus fort que les joueurs du Real Madrid.\"",
    },
]

ACTORS = [
    # slug, name, kind, parent, aliases
    (
        "gouvernement-du-quebec",
        "Gouvernement du Québec",
        "government",
        None,
        ["Québec", "le gouvernement Legault"],
    ),
    ("coalition-avenir-quebec", "Coalition avenir Québec", "organisation", None, ["CAQ", "la CAQ"]),
    (
        "francois-legault",
        "François Legault",
        "person",
        "gouvernement-du-quebec",
        ["Legault", "M. Legault"],
    ),
    (
        "partis-d-opposition-quebec",
        "Partis d'opposition à l'Assemblée nationale du Québec",
        "group",
        None,
        ["les partis d’opposition", "les oppositions"],
    ),
    ("parti-liberal-du-quebec", "Parti libéral du Québec", "organisation", None, ["PLQ", "le Parti libéral"]),
    ("marc-tanguay", "Marc Tanguay", "person", "parti-liberal-du-quebec", ["Tanguay"]),
    (
        "dominique-anglade",
        "Dominique Anglade",
        "person",
        "parti-liberal-du-quebec",
        ["Anglade", "Mme Anglade"],
    ),
    ("quebec-solidaire", "Québec solidaire", "organisation", None, ["QS"]),
    ("vincent-marissal", "Vincent Marissal", "person", "quebec-solidaire", ["Marissal"]),
    (
        "genevieve-guilbault",
        "Geneviève Guilbault",
        "person",
        "gouvernement-du-quebec",
        ["Guilbault", "Geneviève Guilbeault", "Guilbeault"],
    ),
    (
        "simon-jolin-barrette",
        "Simon Jolin-Barrette",
        "person",
        "gouvernement-du-quebec",
        ["Jolin-Barrette", "M. Jolin-Barrette"],
    ),
    (
        "gouvernement-federal-belge",
        "Gouvernement fédéral belge",
        "government",
        None,
        ["le gouvernement Michel", "le gouvernement fédéral", "la Belgique"],
    ),
    ("charles-michel", "Charles Michel", "person", "gouvernement-federal-belge", ["Michel"]),
    (
        "federation-wallonie-bruxelles",
        "Gouvernement de la Fédération Wallonie-Bruxelles",
        "government",
        None,
        ["Fédération Wallonie-Bruxelles", "FWB", "Communauté française"],
    ),
    (
        "jean-claude-marcourt",
        "Jean-Claude Marcourt",
        "person",
        "federation-wallonie-bruxelles",
        ["Marcourt", "M. Marcourt"],
    ),
    (
        "elisabeth-degryse",
        "Elisabeth Degryse",
        "person",
        "federation-wallonie-bruxelles",
        ["Degryse", "Mme Degryse", "Élisabeth Degryse"],
    ),
    (
        "jacqueline-galant",
        "Jacqueline Galant",
        "person",
        "federation-wallonie-bruxelles",
        ["Galant", "Mme Galant"],
    ),
    (
        "csa-federation-wallonie-bruxelles",
        "Conseil supérieur de l'audiovisuel (Fédération Wallonie-Bruxelles)",
        "organisation",
        None,
        ["CSA", "conseil supérieur de l’audiovisuel"],
    ),
    ("rtbf", "RTBF", "media", None, ["la RTBF"]),
    ("mouvement-reformateur", "Mouvement réformateur", "organisation", None, ["MR", "le MR"]),
    (
        "georges-louis-bouchez",
        "Georges-Louis Bouchez",
        "person",
        "mouvement-reformateur",
        ["Bouchez", "M. Bouchez"],
    ),
    ("conseil-federal-suisse", "Conseil fédéral suisse", "government", None, ["le Conseil fédéral", "Berne"]),
    ("andre-simonazzi", "André Simonazzi", "person", "conseil-federal-suisse", ["Simonazzi"]),
    ("karin-keller-sutter", "Karin Keller-Sutter", "person", "conseil-federal-suisse", ["Keller-Sutter"]),
    ("alain-berset", "Alain Berset", "person", "conseil-federal-suisse", ["Berset"]),
    ("ignazio-cassis", "Ignazio Cassis", "person", "conseil-federal-suisse", ["Cassis"]),
    ("les-verts-suisses", "Les Verts suisses", "organisation", None, ["les Verts"]),
    ("pdc-suisse", "Parti démocrate-chrétien (Suisse)", "organisation", None, ["PDC", "le PDC"]),
    ("gerhard-pfister", "Gerhard Pfister", "person", "pdc-suisse", ["Pfister"]),
    ("gouvernement-gabonais", "Gouvernement gabonais", "government", None, ["Libreville", "le Gabon"]),
    (
        "emmanuel-issoze-ngondet",
        "Emmanuel Issoze Ngondet",
        "person",
        "gouvernement-gabonais",
        ["Issoze Ngondet", "Issoze-Ngondet"],
    ),
    ("jeune-afrique", "Jeune Afrique", "media", None, ["JA"]),
    ("emmanuel-macron", "Emmanuel Macron", "person", "presidence-francaise", ["Macron", "M. Macron"]),
    (
        "france-nature-environnement",
        "France Nature Environnement",
        "organisation",
        None,
        ["FNE", "France nature environnement"],
    ),
    (
        "fne-ile-de-france",
        "France Nature Environnement Île-de-France",
        "organisation",
        "france-nature-environnement",
        ["FNE Ile-de-France", "FNE Île-de-France"],
    ),
    ("maxime-colin", "Maxime Colin", "person", "fne-ile-de-france", ["Colin"]),
    (
        "entreprise-du-deversement-du-quai-de-bercy",
        "Entreprise de matériaux de construction (déversement du quai de Bercy)",
        "organisation",
        None,
        [],
    ),
    ("arkema", "Arkema", "organisation", None, []),
    (
        "syndicats-d-arkema-jarrie",
        "Syndicats du site Arkema de Jarrie",
        "group",
        None,
        ["les syndicats"],
    ),
    ("alexandre-fiat", "Alexandre Fiat", "person", "syndicats-d-arkema-jarrie", ["Fiat"]),
    ("paris-saint-germain", "Paris Saint-Germain", "organisation", None, ["PSG", "le PSG", "Paris"]),
    ("laurent-blanc", "Laurent Blanc", "person", "paris-saint-germain", ["Blanc"]),
]

OPPOSITIONS_QC = "partis-d-opposition-quebec"

ANNOTATIONS = {
    "legault-refuse-de-repondre-aux-questions-bilan-de-session": [
        (
            "Les partis d’opposition ont unanimement dénoncé ce choix",
            [OPPOSITIONS_QC],
            "suspects",
            "ont unanimement dénoncé",
        ),
        (
            "M. Legault a défendu son choix d’éviter la presse parlementaire en rappelant que la session qui se termine n’a duré que deux semaines",
            ["francois-legault"],
            "asserts",
            "en rappelant",
        ),
        (
            "« Essentiellement, on a remis de l’argent dans le portefeuille des Québécois, on a plafonné les tarifs. C’est ça notre session de deux semaines. Maintenant, je vais voir le sénateur Serge Savard », a-t-il brièvement déclaré",
            ["francois-legault"],
            "asserts",
            "a-t-il brièvement déclaré",
        ),
        (
            "« De toute évidence, François Legault est gêné de se présenter devant les Québécois pour défendre son bilan. De la part d’un premier ministre qui demande à être jugé sur ses résultats, c’est décevant », a dit le chef par intérim du Parti libéral du Québec (PLQ), Marc Tanguay",
            ["marc-tanguay"],
            "asserts",
            "a dit",
        ),
        (
            "Le député de Québec solidaire, Vincent Marissal, s’est dit « outré » de la stratégie de communication de la Coalition avenir Québec",
            ["vincent-marissal"],
            "asserts",
            "s’est dit",
        ),
    ],
    "discours-d-ouverture-de-legault-une-operation-ratee-selon-les-oppositions": [
        (
            "À leurs yeux, l’opération menée par le premier ministre est un exercice de communication « superficiel » qui peaufine des slogans électoraux, plus qu’il amène des solutions aux enjeux que vivent les Québécois",
            [OPPOSITIONS_QC],
            "asserts",
            "À leurs yeux",
        ),
        (
            "La cheffe du Parti libéral, Dominique Anglade, dépeint le premier ministre comme l’homme d’une équipe sans vision qui est « toujours en retard par rapport à la parade »",
            ["dominique-anglade"],
            "asserts",
            "dépeint",
        ),
        (
            "Elle s’inquiète que le gouvernement caquiste n’ait pas suffisamment élaboré de mesures sur la pénurie de main-d’œuvre",
            ["dominique-anglade"],
            "asserts",
            "s’inquiète",
        ),
        (
            "ce qui lui fait dire que François Legault « n’écoute pas ce qui se passe sur le terrain et n’écoute pas ce que les gens ont à dire »",
            ["dominique-anglade"],
            "asserts",
            "lui fait dire",
        ),
        (
            "Selon elle, le discours d’ouverture de la nouvelle session parlementaire prononcé mardi est « une opération de rattrapage ratée », et a été prononcé par « un premier ministre inquiet [qui] voit comme tout le monde que ça pète un peu de partout »",
            ["dominique-anglade"],
            "asserts",
            "Selon",
        ),
    ],
    "bilan-de-la-mini-session-parlementaire-a-quebec": [
        (
            "Une brièveté qui n’a pas empêché les partis d’opposition de voir poindre les débuts d’un gouvernement « idéologique »",
            [OPPOSITIONS_QC],
            "asserts",
            "voir poindre",
        ),
        (
            "le gouvernement a dressé un bilan positif de son action",
            ["gouvernement-du-quebec"],
            "asserts",
            "a dressé un bilan",
        ),
        (
            "«Ce fut bref mais très intense, en termes de climat et de contenu», a lancé la vice-première ministre, Geneviève Guilbeault",
            ["genevieve-guilbault"],
            "asserts",
            "a lancé",
        ),
        (
            "Selon elle, l’équipe caquiste a déjà pu prouver qu’elle est «solide, enthousiaste et travaillante »",
            ["genevieve-guilbault"],
            "asserts",
            "Selon",
        ),
        (
            "Son collègue Simon Jolin-Barrette (leader parlementaire) en a rajouté une couche: un « caucus compétent, pragmatique, dédié », a-t-il soutenu",
            ["simon-jolin-barrette"],
            "asserts",
            "a-t-il soutenu",
        ),
        (
            "M. Jolin-Barrette s’est défendu d’être au service d’un gouvernement idéologue",
            ["simon-jolin-barrette"],
            "denies",
            "s’est défendu",
        ),
        (
            "« On a pris des engagements en campagne et on a eu un mandat. On dépose le plus vite possible des projets de loi liés à ça. Ce sont des engagements qui faisaient partie intégrante de la campagne électorale. Je ne vois pas pourquoi on nous reproche de déposer des projets de loi qui répondent à ces engagements. »",
            ["simon-jolin-barrette"],
            "asserts",
            "",
        ),
    ],
    "marcourt-accuse-le-gouvernement-michel-arrestation-journalistes-rtbf": [
        (
            "le Premier ministre a indiqué avoir “reçu une lettre d’un ministre de la Fédération Wallonie-Bruxelles” (FWB)",
            ["charles-michel"],
            "asserts",
            "a indiqué",
        ),
        (
            "dans laquelle il est écrit que c’est “le gouvernement qui aurait donné l’ordre d’arrêter les journalistes.”",
            ["jean-claude-marcourt"],
            "asserts",
            "il est écrit",
        ),
        (
            "“Fake news, mensonge, populisme”, s’est emporté le chef du gouvernement fédéral",
            ["charles-michel"],
            "denies",
            "s’est emporté",
        ),
        (
            "“Nous avons été informés de l’arrestation administrative de journalistes et techniciens de la RTBF dans l’exercice de leurs fonctions, écrit-il au Premier ministre",
            ["jean-claude-marcourt"],
            "asserts",
            "écrit-il",
        ),
        (
            "La fonction de journaliste est d’informer et, dans notre démocratie, toute entrave est une remise en cause de celle-ci. Je ne peux accepter que, sur ordre de votre Gouvernement, il soit porté atteinte de la sorte à la liberté d’informer nos concitoyens. Pourriez-vous m’indiquer de la suite que vous comptez donner à cette entrave manifeste à la liberté de la presse.”",
            ["jean-claude-marcourt"],
            "asserts",
            "",
        ),
        (
            "M. Marcourt avait estimé que l’arrestation était “l’expression de la dérive autoritaire de ce Gouvernement de droite”",
            ["jean-claude-marcourt"],
            "asserts",
            "avait estimé",
        ),
    ],
    "degryse-confirme-sa-confiance-en-sa-ministre-des-medias": [
        (
            "La ministre-présidente de la Fédération Wallonie-Bruxelles, Elisabeth Degryse (Engagés), a confirmé mardi sa confiance en sa ministre des Médias, Jacqueline Galant (MR)",
            ["elisabeth-degryse"],
            "asserts",
            "a confirmé",
        ),
        (
            "Mme Degryse a souligné qu’aucun acte attentatoire à l’indépendance de la radio-télévision publique n’avait été posé par Mme Galant",
            ["elisabeth-degryse"],
            "denies",
            "a souligné",
        ),
        (
            "“La seule opinion exprimée par une ministre ne suffit pas à constituer un acte d’ingérence. L’opinion d’une ministre des Médias ne suffit pas à faire vaciller l’audiovisuel public, ni à infléchir une ligne éditoriale“, a fait valoir la ministre-présidente",
            ["elisabeth-degryse"],
            "denies",
            "a fait valoir",
        ),
        (
            "l’avis dans le même sens exprimé par le conseil supérieur de l’audiovisuel (CSA) la semaine dernière",
            ["csa-federation-wallonie-bruxelles"],
            "denies",
            "exprimé par",
        ),
        (
            "la ministre Galant avait dit espérer que le remplacement prochain de l’administrateur général de la RTBF et de son directeur de l’information puisse amener la ligne éditoriale de la RTBF “de l’autre côté de l’échiquier politique“",
            ["jacqueline-galant"],
            "asserts",
            "avait dit espérer",
        ),
        (
            "Mme Degryse a rappelé la procédure longue et cadrée de désignation du futur administrateur général",
            ["elisabeth-degryse"],
            "asserts",
            "a rappelé",
        ),
        (
            "réfutant dans la foulée toute volonté de son gouvernement de peser sur le choix à poser",
            ["elisabeth-degryse"],
            "denies",
            "réfutant",
        ),
        (
            "“Il n’y a pas d’accord politique sur ce poste“, a martelé la ministre-présidente",
            ["elisabeth-degryse"],
            "denies",
            "a martelé",
        ),
        (
            "Mme Degryse a annoncé son intention de lancer une réflexion sur l’élaboration d’un code de déontologie pour l’ensemble des membres du gouvernement",
            ["elisabeth-degryse"],
            "asserts",
            "a annoncé",
        ),
    ],
    "gestapistes-galant-juge-les-propos-sur-la-rtbf-inacceptables": [
        (
            "La ministre des Médias, Jacqueline Galant (MR), a fermement dénoncé mardi l’assimilation sur les réseaux sociaux des journalistes de la RTBF avec des “gestapistes”",
            ["jacqueline-galant"],
            "suspects",
            "a fermement dénoncé",
        ),
        (
            "“Je le dis avec la plus grande fermeté: aucun désaccord, aucune critique, aucun mécontentement à l’égard d’une institution publique, quelle qu’elle soit, ne peut justifier une assimilation à la police politique nazie“, a insisté Mme Galant",
            ["jacqueline-galant"],
            "denies",
            "a insisté",
        ),
        (
            "“Comparer des travailleurs de la RTBF à la Gestapo n’est pas seulement excessif, c’est inacceptable“, a-t-elle ajouté",
            ["jacqueline-galant"],
            "asserts",
            "a-t-elle ajouté",
        ),
        (
            "précisant s’être entretenue avec l’administrateur général de la RTBF, Jean-Paul Philippot, pour lui faire part de son “profond dégoût” face à cette comparaison",
            ["jacqueline-galant"],
            "asserts",
            "précisant",
        ),
        (
            "le président du MR avait repartagé sur son compte X un message qualifiant les journalistes de la RTBF de “fonctionnaires militants gestapistes“",
            ["georges-louis-bouchez"],
            "asserts",
            "avait repartagé",
        ),
        (
            "M. Bouchez a toutefois assuré ne jamais avoir voulu rediffuser le message litigieux, mais un autre message auquel il était relié",
            ["georges-louis-bouchez"],
            "denies",
            "a assuré",
        ),
        (
            "Mme Galant a jugé que celui-ci avait été “très clair” dans son interview au Soir",
            ["jacqueline-galant"],
            "asserts",
            "a jugé",
        ),
        (
            "en précisant ne jamais avoir voulu porter le propos véhiculé par ce post",
            ["georges-louis-bouchez"],
            "denies",
            "en précisant",
        ),
    ],
    "les-conseillers-federaux-gardent-leur-departement": [
        (
            "Aucun membre du gouvernement n'a demandé à changer de département, a précisé le porte-parole du gouvernement André Simonazzi",
            ["andre-simonazzi"],
            "denies",
            "a précisé",
        ),
        (
            "confirmant à la presse le statu quo",
            ["andre-simonazzi"],
            "asserts",
            "confirmant",
        ),
        (
            "Karin Keller-Sutter avait déjà estimé qu'une rocade était peu probable à la télévision alémanique mercredi soir",
            ["karin-keller-sutter"],
            "asserts",
            "avait estimé",
        ),
        (
            "Alain Berset a aussi fait des déclarations en ce sens",
            ["alain-berset"],
            "asserts",
            "a fait des déclarations",
        ),
        (
            "précisé qu'il voulait rester au Département de l'intérieur",
            ["alain-berset"],
            "asserts",
            "précisé",
        ),
        (
            "Les médias lui avaient prêté des ambitions pour les affaires étrangères",
            ["medias-non-nommes"],
            "asserts",
            "avaient prêté",
        ),
        (
            "Leur patron Ignazio Cassis avait déjà dit aux médias qu'il voulait rester à la tête des affaires étrangères au moins dix ans",
            ["ignazio-cassis"],
            "asserts",
            "avait dit",
        ),
        (
            "les attaques des Verts contre le siège du libéral-radical tessinois",
            ["les-verts-suisses"],
            "suspects",
            "les attaques",
        ),
        (
            "Le président du PDC, Gerhard Pfister, a mis de l'huile sur le feu juste après la réélection du Conseil fédéral en appelant à un changement de personnel au sein du DFAE afin de donner un nouvel élan aux négociations sur un accord-cadre avec l'UE",
            ["gerhard-pfister"],
            "asserts",
            "en appelant",
        ),
    ],
    "gabon-le-premier-ministre-prete-a-jeune-afrique-des-propos-imaginaires": [
        (
            "Contrairement à ce qu’a affirmé le Premier ministre gabonais Emmanuel Issoze Ngondet",
            ["emmanuel-issoze-ngondet"],
            "asserts",
            "a affirmé",
        ),
        (
            "Contrairement à ce qu’a affirmé le Premier ministre gabonais Emmanuel Issoze Ngondet, Jeune Afrique ne l’a aucunement contacté afin de « mettre un terme » à la candidature aux législatives d’Alexandre Barro-Chambrier",
            ["jeune-afrique"],
            "denies",
            "Contrairement à",
        ),
        (
            "« [Alexandre Barro-Chambrier] sait que “le Jaune” ne peut plus être candidat – “le Jaune”, vous savez bien de qui il s’agit ! [Jean Ping, ndlr]. […] Il pense que c’est son heure, il a 60 ans… Et s’il est élu député, il va se présenter chez nous comme le chef de l’opposition, mais surtout à l’étranger, parce qu’il aime beaucoup parler à l’étranger », lance Emmanuel Issoze Ngondet",
            ["emmanuel-issoze-ngondet"],
            "asserts",
            "lance",
        ),
    ],
    "macron-accuse-la-russie-d-etre-une-puissance-de-destabilisation-de-l-afrique": [
        (
            "le président français Emmanuel Macron a même accusé la Russie d’être une « puissance de déstabilisation de l’Afrique »",
            ["emmanuel-macron"],
            "suspects",
            "a accusé",
        ),
        (
            "« Ce sommet dit l’isolement de la Russie. Il faut qu’elle arrête sa guerre d’empire auprès de son voisin, l’Ukraine », a lancé Emmanuel Macron",
            ["emmanuel-macron"],
            "asserts",
            "a lancé",
        ),
        (
            "qui n’a pas hésité à qualifier la Russie d’être « l’une des seules puissances coloniales du XXIe siècle »",
            ["emmanuel-macron"],
            "asserts",
            "qualifier",
        ),
        (
            "le chef de l’État a accusé la Russie, en effet, d’être « une puissance de déstabilisation de l’Afrique à travers des milices privées qui viennent faire de la prédation »",
            ["emmanuel-macron"],
            "suspects",
            "a accusé",
        ),
        (
            "Et Emmanuel Macron d’ajouter : « Cela a été documenté par les Nations unies en République centrafricaine à travers la milice Wagner. »",
            ["emmanuel-macron"],
            "asserts",
            "d’ajouter",
        ),
        (
            "Réaction ce midi de Dmitri Peskov, le porte-parole de la Présidence russe : « La Russie développe avec les pays africains des relations amicales et constructives basées sur le respect mutuel. Celles-ci ne sont pas dirigées et ne peuvent pas l’être contre des pays-tiers. »",
            ["dmitri-peskov"],
            "denies",
            "Réaction",
        ),
    ],
    "fne-porte-plainte-pour-un-deversement-de-beton-dans-la-seine": [
        (
            "des associations France nature environnement (FNE) ont déposé une plainte contre X auprès du procureur de la République",
            ["france-nature-environnement"],
            "suspects",
            "ont déposé une plainte",
        ),
        (
            "« Il s’agit d’une plainte contre X, notamment pour couvrir l’éventualité d’une diversité d’auteurs du dommage, mais c’est bien le fonctionnement de l’installation qui est au centre de cette affaire », souligne Maxime Colin, juriste de FNE Ile-de-France",
            ["maxime-colin"],
            "asserts",
            "souligne",
        ),
        (
            "L’entreprise de matériaux de construction responsable de ce déversement avait indiqué avoir été victime d’un acte de malveillance par la « détérioration délibérée d’une plaque d’étanchéité, positionnée sur le dernier bassin de décantation des eaux »",
            ["entreprise-du-deversement-du-quai-de-bercy"],
            "asserts",
            "avait indiqué",
        ),
        (
            "Les associations visent dans leur plainte différentes infractions en l’occurrence destruction des fonds piscicoles, abandon illicite de déchet, pollution des cours d’eau, non-respect de la réglementation ICPE",
            ["france-nature-environnement"],
            "suspects",
            "visent dans leur plainte",
        ),
    ],
    "jarrie-la-direction-quitte-le-cse-sous-les-huees-des-salaries": [
        (
            "Le leader français de l’industrie chimique avait annoncé la couleur dès la mise en redressement judiciaire de son partenaire Vencorex, en indiquant sa volonté de fermer la zone Sud de son site",
            ["arkema"],
            "asserts",
            "en indiquant",
        ),
        (
            "La direction explique sa décision par la chute de Vencorex, son fournisseur de sel purifié",
            ["arkema"],
            "asserts",
            "explique",
        ),
        (
            "Un « effet d’aubaine » et un « prétexte » pour les syndicats qui rappellent qu’en « aucun cas le plan de restructuration de la direction ne se justifie par les difficultés d’approvisionnement en sel »",
            ["syndicats-d-arkema-jarrie"],
            "denies",
            "rappellent",
        ),
        (
            "Pour Alexandre Fiat, c’est aujourd’hui « la totalité du site qui est en danger »",
            ["alexandre-fiat"],
            "asserts",
            "Pour",
        ),
        (
            "la CGT précise dans un communiqué qu’à « la suite de l’annonce de 154 suppressions d’emplois, les élus, à l’unanimité, ont demandé les dossiers techniques sérieux qui justifient l’arrêt des activités »",
            ["cgt"],
            "asserts",
            "précise",
        ),
        (
            "Fin de non-recevoir de la part de la direction qui, selon le syndicat, n’a pas la capacité de fournir une « quelconque raison valable à la fermeture du site »",
            ["cgt"],
            "denies",
            "selon",
        ),
        (
            "« Ils sont partis comme des voleurs par l’issue de secours sous les huées des salariés » raconte-t-il",
            ["cgt"],
            "asserts",
            "raconte-t-il",
        ),
    ],
    "real-madrid-psg-blanc-est-fier-de-ses-joueurs-malgre-tout": [
        (
            "Au micro de BeIn Sport, le technicien français a déclaré : \"J'avais dit à la mi-temps, et je me suis trompé, que si on était capables de faire la deuxième mi-temps comme la première, il était fort probables qu'on arrive à avoir un résultat positif. On l'a fait pratiquement, même si cela a été un peu moins bon. J'avais aussi averti les joueurs qu'il y avait une grande équipe en face et que les joueurs allaient avoir une réaction d'orgueil, ce qu'ils ont eu, mais on les a bien bousculés malgré cela. Malheureusement, on n'a pas réussi à remonter ce but-là. Donc, je suis fier des joueurs et du jeu produit mais frustré parce que, quand on a autant d'occasions et de poteaux sur un match, on doit pouvoir mettre un petit but pour faire 1-1 ce qui aurait été un résultat très positif et très logique aussi. Il va falloir se servir de ce match-là. On s'est prouvés que l'on pouvait augmenter de niveau, individuellement et collectivement. J'ai beaucoup entendu après le match aller qu'on n'était pas capables de monter notre intensité et d'aller plus vite, on est allés aujourd'hui beaucoup plus vite et beaucoup plus fort que les joueurs du Real Madrid.\"",
            ["laurent-blanc"],
            "asserts",
            "a déclaré",
        ),
    ],
}
