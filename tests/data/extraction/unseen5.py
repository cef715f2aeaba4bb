# ruff: noqa: E501  (article text and quotes are kept on the lines they were copied to)
"""A fifth held-out set ("unseen-5"): French-language news excerpts the rules were never run on.

Copied verbatim from stored news pages of outlets absent from the other sets (Tribune de Genève,
RTS, Radio-Canada, Noovo Info, Ma Côte-Nord, L'Avenir, Le Vif, Le Journal de Mayotte, Koaci,
Lebledparle, Tendance Ouest, Brive Mag) on Geneva cantonal politics, melting Swiss glaciers, a
Quebec school reform met by teachers, a municipal council in Victoriaville, a First Nation against
Hydro-Québec, a council debate over rural paths in Philippeville, medical cannabis before the
Belgian Chamber, a prosecutor on a youth injured in Mayotte, shops destroyed in Abidjan, the
Cameroonian football federation against its ministry, university fees for foreign students in
Rouen and a film festival's awards, annotated by hand with the conventions of annotations.py and
the earlier held-out sets before the engine read them. Page furniture (titles and captions at the
top, a headline repeated inside the text, bylines and wire credits at the end, "voyez la vidéo"
links) is left out; an excerpt is cut only at a paragraph boundary, and a paragraph the stored
page cuts off mid-sentence is dropped (so is a subhead left dangling before it, or opening the
stored text); the RTS excerpt also leaves out its last paragraph to stay under 1,900 characters.
Subheads inside an excerpt are kept and not recorded. Same shapes as unseen4.py; build.py merges
them into fixtures.json and lists their slugs as `unseen_5` in sources.json.

Conventions, as in unseen2.py to unseen4.py: the quote is the attributing clause, source and cue
included (for an incise, from the quotation to the source's name; for an incise inside the
quotation, from the opening mark to the incise; for a quotation introduced by a colon with no
verb, from the source's name to the closing mark, cue ""); an attributed statement keeps
`asserts` even when hedged or evaluative ("ce n'est pas normal", "pas optimal" are judgements,
not denials); a report whose content is a negated fact ("aucun courrier", "ne participait pas",
"rien de bien violent") or that rebuts a report ("bien au contraire", "relève de l'insulte",
`s'indigner` of words used about the speaker, as `déplorer` of reports did in unseen2.py)
`denies`, and so does opposing a measure (`s'opposer à`, `se prononcer contre`), as protesting
and contesting did in unseen3.py; `dénoncer`, `critiquer` suspect; speech quoted inside a
quotation belongs to the quoting speaker; a quotation with no cue of its own continues the last
speaker (cue ""); a chain ("a lu ... dans le communiqué de la Fecafoot") is attributed to the
original source; the outlet's own hedged statement in a main clause ("pourrait perdre") is
recorded without actor as `suspects`, while criticism with no stated author ("Cette critique
... revient souvent") is not recorded. A person speaking for a body ("par la voix de son
président") is recorded under the person; unnamed spokespeople are attributed to the body they
speak for; unnamed collectives get a group actor; role nouns ("le vice-chef", "le président du
MCG") are never aliases. The outlet naming itself as witness ("comme constaté sur place par
KOACI") is attributed to the outlet.
"""

ARTICLES = [
    {
        "slug": "geneve-les-partis-jugent-le-conseil-d-etat-plombe-par-l-affaire-maudet",
        "title": "Qui a fait quoi: succès et échecs des magistrats",
        "url": "https://www.tdg.ch/geneve/actu-genevoise/qui-a-fait-quoi-succes-et-echecs-des-magistrats/story/16169393",
        "outlet": "Tribune de Genève",
        "body": "De la gauche à la droite en passant par le MCG, tous les partis représentés au Grand Conseil évoquent un Conseil d’État «plombé» par l’affaire Maudet et désuni. Certains relèvent toutefois quelques raisons d’espérer.\n\n«Il y a un avant et un après», commente Bertrand Reich, le président du PLR. Selon lui, l’élan initial s’est vite brisé. «On en est revenu à un fonctionnement en silos, sans vue d’ensemble.»\n\nCette critique d’un gouvernement dans lequel chacun travaille dans son coin revient souvent. «Ils ont un fonctionnement en vase clos et ne se préoccupent pas de ce que font les autres départements», note Vincent Maitre, député et président du PDC.\n\nLe reproche de ne pas amener de nouveaux projets enthousiasmants est aussi fréquemment formulé. «Le bateau n’est certes pas en train de couler, mais le bilan n’est aujourd’hui pas satisfaisant», ajoute le PDC.\n\nDéputée et vice-présidente du Parti socialiste, Caroline Marti partage ce sentiment de déception. Elle ne juge également «pas optimal le découpage des départements, car déséquilibré». Elle critique celui, surdimensionné, confié à Mauro Poggia.\n\nLe président du MCG applaudit au contraire la maîtrise dont fait preuve son magistrat. «Il est clairement devant tous les autres», estime Francisco Valentin. Globalement, concernant le collège, il ajoute «qu’on ne peut pas reprocher grand-chose aux conseillers d’État car ils ont présenté peu de chose».\n\nLe jugement de Pierre Vanek, député d’Ensemble à Gauche, est au contraire sans appel: «On assiste au naufrage du Conseil d’État», explique-t-il.",
    },
    {
        "slug": "glaciers-suisses-l-ete-2022-bat-tous-les-records-de-fonte",
        "title": "Les glaciers n'ont jamais autant fondu que cet été en Suisse",
        "url": "https://rts.ch/info/suisse/13374435-les-glaciers-nont-jamais-autant-fondu-que-cet-ete-en-suisse.html",
        "outlet": "RTS",
        "body": "Début septembre, Matthias Huss, directeur de GLAMOS, s'est rendu sur le glacier de Gries dans les Alpes valaisannes. Au milieu de la glace, il a pu voir le socle rocheux au fond d'une crevasse. A l'agonie, le glacier sera bientôt divisé par deux, raconte-t-il.\n\nCet été, comme depuis plusieurs années, le glaciologue de l'Ecole polytechnique fédérale de Zurich (EPFZ) et son équipe se sont rendus au chevet d'une vingtaine de géants de glace afin d'établir un bilan de leur masse. En clair, ils ont mesuré la réaction directe des glaciers à la condition climatique de l'été.\n\nUn rapport complet est prévu pour l'automne, mais les tendances sont déjà claires: \"D'autres années comme 2011, 2015, 2018 ou encore 2019 avaient déjà vu une fonte très forte. L'année 2022 est vraiment différente et bat tous les records\", ajoute néanmoins Matthias Huss.\n\nDeux mesures\n\nPour établir le bilan de masse des glaciers et connaître leur état de santé, l'équipe de scientifiques se rend sur le sommet des 20 glaciers deux fois par an. Une première mesure intervient en avril, une deuxième en septembre.\n\nCes derniers jours, sur le glacier de Gries, l'équipe a constaté une perte de 4 mètres d'épaisseur sur les parties les plus hautes du glacier. Un record. \"C'est extraordinaire: cela correspond à deux ou trois fois plus de perte que les autres années\", insiste Matthias Huss.\n\nPrévisions pessimistes\n\nLe constat est le même pour le glacier de Findel au-dessus de Zermatt qui a fondu de plus 2 mètres à une altitude de 3400 mètres, alors que \"jusqu'ici celui-ci avait toujours pu accumuler suffisamment de neige pour passer l'été\". Quant au glacier du Corvatsch dans les Grisons, il a vu fondre tant de glace qu'il ne peut plus être mesuré.",
    },
    {
        "slug": "loi-40-des-enseignants-de-la-fae-accueillent-le-ministre-roberge",
        "title": "Le ministre Jean-François Roberge accueilli par des enseignants mécontents",
        "url": "https://ici.radio-canada.ca/nouvelle/1534219/ministre-jean-francois-roberge-accueilli-enseignants-mecontents",
        "outlet": "Radio-Canada",
        "body": "Juste avant son allocution, le ministre a accepté de leur faire face, un à un, pendant que chacun lui remettait une pancarte pour lui dire que sa réforme ne passe pas , lui signalant notamment qu'il n'était plus le bienvenu sur le territoire de leur syndicat.\n\nCes enseignants, qui ont défilé pendant près de 15 minutes devant le ministre, sont membres de la Fédération autonome de l'enseignement (FAE).\n\nVous venez d'être un traître pour les enseignants , lui a lancé Daniel Gauthier, le président du syndicat de l'enseignement de la région de Québec.\n\nAlain Marois, enseignant et orthopédagogue, a dit n'avoir jamais rien vu de pareil. Je n’ai jamais vu en 22 ans de carrière syndicale autant de désaveux envers un ministre. Ce doit être un moment très difficile pour vous en ce moment, mais dites-vous que c’est ce que les professeurs ressentent au quotidien depuis des années de la part du gouvernement du Québec, ce mépris-là. Alors vous allez comprendre ce qu'on vit maintenant , a-t-il déclaré.\n\nEnseignant en histoire depuis 30 ans, le président de la FAE Sylvain Mallette a clos le défilé en dénonçant la loi 40, adoptée sous le bâillon le 8 février. De cette réforme touchant les commissions scolaires, il critique les clauses touchant à la formation continue des enseignants – qui n'ont pas été négociées avec les syndicats.\n\nM. Mallette critique aussi ce qu'il voit comme de l'ingérence dans la pratique des profs dans les approches pédagogiques qui pourront être utilisées.",
    },
    {
        "slug": "victoriaville-comptine-au-conseil-municipal-le-maire-appelle-au-calme",
        "title": "Comptine de Fanfreluche au conseil municipal: le maire de Victoriaville appelle au calme",
        "url": "https://noovo.info/video/comptine-de-fanfreluche-au-conseil-municipal-le-maire-de-victoriaville-appelle-au-calme.html",
        "outlet": "Noovo Info",
        "body": "Le maire Antoine Tardif a fermement dénoncé le geste et a appelé les opposants à respecter le décorum. Il estime également que ce type d'action explique, en partie, pourquoi autant d'élus ont choisir de tirer leur révérence dans les dernières années.\n\n«Ce n’était pas respectueux», déplore M. Tardif.\n\nSilvie Lemelin, une citoyenne qui a participé aux interruptions du conseil municipal, juge de son côté que ces actions étaient plutôt anodines. «On a décidé de déranger un tout petit peu en chantant sous l’air de Frère Jacques, on s’entend que ce n’est pas du Rage Against The Machine. Il n’y avait rien de bien violent là-dedans», juge-t-elle.\n\nMme Lemelin juge plutôt avoir assisté à un «déni de démocratie».\n\n«Nous tentions d'aller poser nos questions à la fin de la réunion, comme il est toujours d'usage. M. Tardif a, si vous me permettez l'expression, pété sa coche et a annulé la fin de la réunion», relate-t-elle.\n\nLe maire Tardif rétorque qu'il est permis de manifester à l'extérieur des séances du conseil, mais que la salle du conseil municipal représente un lieu de décision «contrôlé et protocolaire».\n\nC'est un projet immobilier de 330 logements qui verrait le jour derrière la bibliothèque Alcide-Fleury qui sème la zizanie au conseil municipal. Les citoyens s'opposant à l'initiative craignent que le projet ne nuise à la faune et la flore. «On est pour le logement, mais pas sur le dos de la crise climatique, en aggravant des zones qui, en cas de pluies diluviennes, peuvent absorber beaucoup d'eau», explique Gilles Labrosse.\n\nSilvie Lemelin rappelle de son côté que des espèces en péril vivent sur le lieu du développement immobilier.",
    },
    {
        "slug": "reservoir-manicouagan-les-innus-de-pessamit-accusent-hydro-quebec",
        "title": "«Hydro-Québec bafoue les droits des Innus de Pessamit»",
        "url": "https://macotenord.com/hydro-quebec-bafoue-les-droits-des-innus-de-pessamit/",
        "outlet": "Ma Côte-Nord",
        "body": "Les dirigeants de Pessamit critiquent Hydro-Québec concernant sa gestion du réservoir Manicouagan. « La société bafoue les droits d’une Première Nation en négligeant de se conformer à l’obligation de consultation », dénonce le vice-chef Gérald Hervieux. De son côté, la société d’État veut rester à l’écoute de la communauté. La PDG Sylvie Brochu est disponible pour une rencontre à Pessamit.\n\nSelon le vice-chef Hervieux, Hydro-Québec est trop pressée en voulant rehausser le réservoir. Il qualifie de tricherie l’intention du gouvernement et de sa société d’État. « Hydro-Québec ajoute l’insulte à l’injure, en informant les locataires de terrains non autochtones, sans daigner en informer les Innus », lit-on dans un communiqué du conseil des Innus de Pessamit.\n\n«La Première Nation s’est impliquée de bonne foi. Elle a déposé un mémoire le 6 juillet 2021. Hydro-Québec ne souhaite pas s’embarrasser de procédures avec les Innus», commente le vice-chef.\n\nLe porte-parole d’Hydro-Québec dans le dossier, Francis Labbé, soutient bien au contraire que les commentaires et les préoccupations des Innus de Pessamit ont été sollicités à plusieurs reprises. Hydro respecte la décision de décembre 2020 de la Cour supérieure qui lui demande de ne pas exploiter le réservoir Manicouagan au-delà de la cote de 355,95 mètres sans autorisation. Actuellement le niveau du réservoir est de 352 m, précise Francis Labbé. « Nous connaissons un été de faible précipitation. Pour atteindre 355 m, il faudra attendre la crue du printemps prochain de toute façon », mentionne-t-il.",
    },
    {
        "slug": "philippeville-les-chemins-d-ingremez-relancent-le-debat",
        "title": "Philippeville: les chemins d’Ingremez relancent le débat",
        "url": "https://www.lavenir.net/regions/sambre-meuse/philippeville/2022/10/01/philippeville-les-chemins-dingremez-relancent-le-debat-6DRXJTSYF5BCTDYERXJYDJTPLQ/",
        "outlet": "L'Avenir",
        "body": 'Le propriétaire de la ferme revient aujourd’hui à la charge avec une nouvelle proposition, qualifiée de différente par le collège, mais dont le but essentiel semble toujours d’éviter que les chemins ne traversent la propriété du demandeur. Première étape sur laquelle le conseil communal est amené à se prononcer: le dossier de demande est-il complet ? Les prémices, donc.\n\nMais déjà, les réactions sont vives sur les bancs de l’opposition. En cause principalement, une notice d’évaluation d’incidences aux allures de coquille vide. Christophe Corouge (PS): "On nous demande de dispenser le demandeur d’enquête d’incidences sur base d’une évaluation où il est dit que tout va bien, mais qui ne mentionne pas la perte de patrimoine, la perte des haies, la valeur historique de l’endroit…"\n\nPaul Pirson (Phil’Citoyen) surenchérit: "On va changer la nature des revêtements des chemins et ce n’est même pas mentionné dans l’étude". Il ajoute qu’en laissant faire ce projet, la Commune risque d’ouvrir la boîte de Pandore. "Nous pouvons comprendre l’argument de quiétude avancé par le demandeur", insiste-t-il. "Mais cela vaut pour bien d’autres propriétaires qui auront aussi envie de faire suppri mer des chemins qui les dérangent. On ouvre la possibilité de privatiser le domaine public. Et on privatise le personnel communal pour ceux qui ont les moyens de financer cela."\n\nUne enquête publique\n\nC’est un point qui fait également réagir Vincent Dujardin (Écolo): "Une employée communale a passé beaucoup de temps à travailler sur le premier dossier. Pour rien ! Tout est à recommencer et l’administration publique va à nouveau être monopolisée pour un intérêt particulier".',
    },
    {
        "slug": "maggie-de-block-ouvre-le-debat-sur-le-cannabis-medical",
        "title": "Maggie De Block ouvre le débat sur la délivrance de cannabis médical",
        "url": "https://www.levif.be/actualite/belgique/maggie-de-block-ouvre-le-debat-sur-la-delivrance-de-cannabis-medical/article-normal-355123.html",
        "outlet": "Le Vif",
        "body": "La ministre des Affaires sociales et de la Santé Maggie De Block « travaille à un projet d’arrêté royal » permettant la délivrance en pharmacie de médicaments contenant du cannabis, a-t-elle annoncé mercredi en Commission de la Chambre.\n\nIl est question actuellement d’un médicament qui, après demande, a franchi les étapes réglementaires au niveau de la recherche. Il s’agit du Sativex qui permet de traiter la spasticité – tendance d’un muscle à être contracté – dans la prise en charge de la sclérose en plaque. Les médicaments à base de cannabis sont déjà délivrés dans un certain nombre d’Etats étrangers, notamment pour traiter la douleur chez des patients cancéreux ou sidéens. On n’en est pas encore là en Belgique.\n\nL’objectif de l’Arrêté Royal, qui était déjà en préparation lors de la législature précédente, est de pouvoir déroger aux conditions de l’AR de 2001 sur les expériences médicales de produits à base de cannabis de manière à permettre la délivrance dans une officine.\n\nConformément à l’accord de gouvernement, la ministre a en revanche fait valoir mercredi son expérience de médecin pour rappeler son opposition à une « politique de tolérance » vis-à-vis d’un produit dont elle a souligné les effets négatifs pour le consommateur, notamment en ce qui concerne l’assuétude. Mme De Block a cependant une nouvelle fois répété l’utilité d’une réflexion avec des experts sur la politique de drogues menée en Belgique. « Il est correct de dire qu’un débat doit avoir lieu dans notre pays, en Europe. Il ne faut pas se taire, il faut être ouvert au débat », a-t-elle dit invitée par la cheffe de groupe PS Laurette Onkelinx à clarifier la position du gouvernement.",
    },
    {
        "slug": "dzoumogne-un-jeune-blesse-a-l-oeil-le-parquet-ouvre-une-enquete",
        "title": "Un jeune blessé à l’œil par un projectile à Dzoumogne en marge des affrontements",
        "url": "https://old.lejournaldemayotte.fr/2020/11/27/un-jeune-blesse-a-loeil-par-un-projectile-a-dzoumogne-en-marge-des-affrontements",
        "outlet": "Le Journal de Mayotte",
        "body": "Le parquet de Mamoudzou confirme l’ouverture d’une enquête pour violences par personne dépositaire de l’autorité publique après l’évacuation sanitaire d’un jeune de 17 ans grièvement blessé au visage. Ce dernier pourrait perdre son oeil.\n\n« Au moment où je vous parle la perte de son œil n’est pas confirmée. Il a vraisemblablement reçu un projectile, l’enquête doit déterminer la nature de ce projectile » indique le procureur Jean-Philippe Rey.\n\nSelon le magistrat, la victime « n’a pas pu être entendu de manière plus circonstanciée » pour le moment mais ses déclarations « succinctes » et les premiers éléments d’enquête laissent penser qu’il ne participait pas aux violences.\n\n« L’enquête sera complète »\n\n« Pour l’heure je n’ai pas de plainte de la famille. On a ouvert une enquête sur des faits de violences aggravées, par personne dépositaire de l’autorité publique. On a envisagé la possibilité que ça soit un tir de LBD mais c’est tout à fait hypothétique. Aucun élément probant n’indiquerait qu’il ait pu être visé. L’enquête sera complète, c’est une enquête exhaustive [ qui sera ] réalisée de manière à comprendre comment un jeune de 17 ans qui ne prenait pas part aux caillassages a pu être blessé à l’œil. »",
    },
    {
        "slug": "yopougon-destruction-de-commerces-une-conseillere-municipale-denonce",
        "title": "Côte d'Ivoire : A Yopougon, la destruction des commerces au centre de tensions, une conseillère municipale aux prises avec des agents de la mairie",
        "url": "https://koaci.com/index.php/article/2020/07/04/cote-divoire/societe/cote-divoire-a-yopougon-la-destruction-des-commerces-au-centre-de-tensions-une-conseillere-municipale-aux-prises-avec-des-agents-de-la-mairie_142888.html",
        "outlet": "Koaci",
        "body": "Chaude journée dans l'après-midi d'hier vendredi dans la commune populaire de Yopougon.\n\nCommerçantes et jeunes du quartier de Yopougon Niangon à gauche étaient aux prises avec des agents de la Mairie, comme constaté sur place par KOACI.\n\nPour cause, la destruction de certains commerces qui jouxtent les abords de la route.\n\nRemontés contre les \"agents casseurs\", plusieurs jeunes et femmes réunis autour d'une conseillère municipale ont dénoncé cette façon de faire des agents de la mairie.\n\nPendant plusieurs heures, la tension était vive dans ce quartier populaire de Yopougon.\n\nCes personnes estiment que la mairie en fait trop en cassant des commerces, magasins et autres installations qui se trouvent selon eux dans un domaine privé.\n\nLes agents \"casseurs\" ont dû stopper leurs actions et attendre l'arrivée des forces de l'ordre pour poursuivre les destructions des installations.\n\nParfaite Bahi, conseillère municipale à Yopougon, par ailleurs présidente des femmes de la fédération nationale des associations de commerçantes de Côte d'Ivoire (FENACOCI) s'est dite choquée par l'action de la mairie.\n\nElle nous a confié que la mairie n'a envoyé aucun courrier à ces commerçantes avant de procéder par surprise à la destruction des commerces.\n\n\"Nous n'avons pas reçu de courrier de la mairie avant que les agents de la mairie viennent détruire les commerces et ce n'est pas normal. Je suis conseillère municipale et présidente des commerçantes de Yopougon, la moindre des choses, c'était de m'avertir avant qu'on vienne détruire nos commerces. Nous sommes à quelques mois des élections et la mairie vient frustrer des électrices et ce n'est pas du tout bon.\", a dénoncé Parfaite Bahi.",
    },
    {
        "slug": "traitee-d-irresponsable-par-le-minsep-la-fecafoot-se-defend",
        "title": "Traitée d’irresponsable et de primesautière par le Minsep : La Fecafoot se défend",
        "url": "https://lebledparle.com/traitee-dirresponsable-et-de-primesautiere-par-le-minsep-la-fecafoot-se-defend",
        "outlet": "Lebledparle",
        "body": "La Fédération camerounaise de football (Fecafoot) s’indigne des propos utilisés par le ministère des Sports et de l’Éducation Physique dans son communiqué du 21 février 2025. Dans ce communiqué radio-presse annonçant la résolution prise par le gouvernement camerounais de payer les indemnités de licenciement d’Antonio Conceição, le Minsep a traité la Fédération camerounaise de football « d’irresponsable, de primesautière », tout en lui demandant d’être plus responsable dans la prise de ses décisions.\n\nFace à ces propos, la Fédération camerounaise a d’abord rappelé que le licenciement d’Antonio Conceição était acté par le « Haut accord du président de la République ». « La résiliation du contrat de l’entraîneur Antonio Conceição et de tout son staff pour les résultats insuffisants a été actée par le Très Haut Accord de Monsieur le Président de la République et mise en œuvre par les administrations concernées », a lu Lebledparle Sport dans le communiqué de la Fecafoot du 23 février 2025.\n\nEnsuite, la Fecafoot s’indigne des propos qu’elle qualifie d’insultants à son endroit. « Les positions de la Fecafoot en toutes circonstances sont et demeurent rationnelles et éclairées, se fondant toujours sur des arguments de droit, de vérité et de justice. Les traiter de « primesautières, d’irresponsables, de hâtives ou d’impulsives » relève simplement de la provocation et de l’insulte. La Fédération ne saurait y répondre par respect », a conclu Jean-Marie Nkoussa dans son communiqué.",
    },
    {
        "slug": "rouen-la-hausse-des-frais-d-inscription-des-etudiants-etrangers-inquiete",
        "title": "Rouen. L'explosion des frais d'inscription des étudiants étrangers inquiète à Rouen",
        "url": "https://www.tendanceouest.com/actualite-304197-rouen-l-explosion-des-frais-d-inscription-des-etudiants-etrangers-inquiete-a-rouen",
        "outlet": "Tendance Ouest",
        "body": "Joseph Nyéréké Soomou, étudiant en licence 3 en Droit à l'université de Rouen (Seine-Maritime), tente malgré tout de garder le sourire. Mais celui qui est aussi président de l'association des étudiants guinéens de Rouen est directement concerné par la mesure, lui qui souhaite poursuivre en master à la prochaine rentrée. \"Quand j'en ai entendu parler, je me suis dit : peut-être que mes rêves sont brisés, témoigne-t-il. Je vais être obligé de payer 3770 euros de frais d'inscription (au lieu de 243 euros NDLR). Où je vais chercher cette somme ?\" Joseph juge la mesure discriminatoire et l'augmentation \"faramineuse\". 16 fois plus cher d'une année sur l'autre. S'il ne peut pas s'inscrire, son titre de séjour ne sera pas renouvelé il sera contraint de retourner en Guinée.\n\nL'ensemble des syndicats de professeurs et d'étudiants présents sur l'université de Rouen se sont opposés à la mesure et l'ont fait savoir lors d'une assemblée générale, mercredi 12 décembre 2018. \"Ce sont les prémices d'une augmentation des droits d'inscription pour tous les étudiants\", craint notamment Pierre-Emmanuel Berche, représentant FSU.\n\nLe président se prononce contre\n\nL'université elle-même, par la voix de son président Joël Alexandre, s'est prononcée contre la mesure qui \"remet en cause le principe fondateur d'une université française ouverte à tous\". La conférence des présidents d'université demande un moratoire sur ces augmentations de frais. \"On va avoir un doublement des étudiants d'ici 2040\", précise Joël Alexandre, dont une grande partie d'étudiants africains. Il souligne les enjeux pour la francophonie. \"Si l'on veut aider ses pays à développer leur propre université, leur propre système, il faut qu'on les aide à former leurs cadres. Ce n'est pas en les faisant payer d'avantage. On va fermer la porte à beaucoup de pays.\"*",
    },
    {
        "slug": "festival-du-cinema-de-brive-clap-de-fin-et-palmares",
        "title": "Clap de fin pour le festival du cinéma",
        "url": "http://www.brivemag.fr/clap-de-fin-pour-le-festival-du-cinema/",
        "outlet": "Brive Mag",
        "body": "La 15e édition du Festival s’est refermée hier soir avec la traditionnelle cérémonie de remise des prix. Deux moyens métrages ont émergé de ma sélection: Rémy qui a décroché la récompense suprême, le Grand prix du jury, mais aussi celui du jury jeunes et Derniers jours à Sibati qui a récolté pas moins de 3 prix, ceux de la Distribution, du public et du jury. La fin d’un sacré marathon cinéphile.\n\n“On est pas loin de syncoper”, a échappé Guillaume Lillo, le réalisateur de Rémy, en remontant pour la deuxième fois sur scène afin de se voir décerner l’ultime Grand prix du jury. Trop de bonheur. “Un film totalement barré, drôle et désespéré, le portrait d’un solitaire”, a argumenté pour le jury le réalisateur Damien Manivel. Même enthousiasme pour les 7 membres du jury jeunes qui se sont déclarés “très contents de la semaine passée, avec des films d’une réelle profondeur”. Beaux encouragements pour ce moyen métrage montré pour la première fois en public, comme une bonne moitié des autres films en lice dans cette compétition internationale.\n\nAutre film largement plébiscité, Derniers jours à Shibati de Hendrick Dusollier qui dresse un portrait sensible et très humain de relogés en Chine, témoins d’un monde bientôt disparu. “Trois prix, c’est incroyable, c’est vraiment dommage de ne pas être là”, a fait parvenir le réalisateur absent de la cérémonie, comme nombre de ses confrères.",
    },
]

ACTORS = [
    # slug, name, kind, parent, aliases
    (
        "partis-du-grand-conseil-genevois",
        "Partis représentés au Grand Conseil genevois",
        "group",
        None,
        ["les partis représentés au Grand Conseil"],
    ),
    ("plr-geneve", "PLR Genève", "organisation", None, ["PLR", "PLR genevois"]),
    ("bertrand-reich", "Bertrand Reich", "person", "plr-geneve", ["Reich", "M. Reich"]),
    ("pdc-geneve", "PDC genevois", "organisation", "pdc-suisse", ["PDC Genève"]),
    ("vincent-maitre", "Vincent Maitre", "person", "pdc-geneve", ["M. Maitre"]),
    ("ps-genevois", "Parti socialiste genevois", "organisation", None, ["PS genevois"]),
    ("caroline-marti", "Caroline Marti", "person", "ps-genevois", ["Marti", "Mme Marti"]),
    ("mcg", "Mouvement citoyens genevois", "organisation", None, ["MCG"]),
    ("francisco-valentin", "Francisco Valentin", "person", "mcg", ["Valentin", "M. Valentin"]),
    ("ensemble-a-gauche", "Ensemble à Gauche", "organisation", None, []),
    ("pierre-vanek", "Pierre Vanek", "person", "ensemble-a-gauche", ["Vanek", "M. Vanek"]),
    (
        "glamos",
        "GLAMOS (réseau suisse de relevés glaciologiques)",
        "organisation",
        None,
        ["GLAMOS"],
    ),
    ("matthias-huss", "Matthias Huss", "person", "glamos", ["Huss", "M. Huss"]),
    (
        "federation-autonome-de-l-enseignement",
        "Fédération autonome de l'enseignement",
        "organisation",
        None,
        ["FAE"],
    ),
    (
        "enseignants-de-la-fae",
        "Enseignants de la FAE (défilé devant le ministre Roberge)",
        "group",
        "federation-autonome-de-l-enseignement",
        ["ces enseignants"],
    ),
    (
        "syndicat-de-l-enseignement-de-la-region-de-quebec",
        "Syndicat de l'enseignement de la région de Québec",
        "organisation",
        "federation-autonome-de-l-enseignement",
        ["SERQ"],
    ),
    (
        "daniel-gauthier",
        "Daniel Gauthier",
        "person",
        "syndicat-de-l-enseignement-de-la-region-de-quebec",
        ["Gauthier", "M. Gauthier"],
    ),
    ("alain-marois", "Alain Marois", "person", None, ["M. Marois"]),
    (
        "sylvain-mallette",
        "Sylvain Mallette",
        "person",
        "federation-autonome-de-l-enseignement",
        ["Mallette", "M. Mallette"],
    ),
    ("ville-de-victoriaville", "Ville de Victoriaville", "government", None, ["Victoriaville"]),
    ("antoine-tardif", "Antoine Tardif", "person", "ville-de-victoriaville", ["Tardif", "M. Tardif"]),
    (
        "opposants-au-projet-alcide-fleury",
        "Citoyens opposés au projet immobilier derrière la bibliothèque Alcide-Fleury",
        "group",
        None,
        ["les citoyens s'opposant à l'initiative", "les opposants"],
    ),
    (
        "silvie-lemelin",
        "Silvie Lemelin",
        "person",
        "opposants-au-projet-alcide-fleury",
        ["Lemelin", "Mme Lemelin"],
    ),
    ("gilles-labrosse", "Gilles Labrosse", "person", "opposants-au-projet-alcide-fleury", ["Labrosse"]),
    (
        "conseil-des-innus-de-pessamit",
        "Conseil des Innus de Pessamit",
        "government",
        None,
        ["Pessamit", "les dirigeants de Pessamit"],
    ),
    (
        "gerald-hervieux",
        "Gérald Hervieux",
        "person",
        "conseil-des-innus-de-pessamit",
        ["Hervieux", "M. Hervieux"],
    ),
    ("hydro-quebec", "Hydro-Québec", "organisation", "gouvernement-du-quebec", ["Hydro"]),
    ("francis-labbe", "Francis Labbé", "person", "hydro-quebec", []),
    (
        "college-communal-de-philippeville",
        "Collège communal de Philippeville",
        "government",
        None,
        ["le collège communal de Philippeville"],
    ),
    ("parti-socialiste-belge", "Parti socialiste (Belgique)", "organisation", None, []),
    ("christophe-corouge", "Christophe Corouge", "person", "parti-socialiste-belge", ["Corouge"]),
    ("phil-citoyen", "Phil’Citoyen", "organisation", None, []),
    ("paul-pirson", "Paul Pirson", "person", "phil-citoyen", ["Pirson"]),
    ("ecolo", "Ecolo", "organisation", None, ["Écolo"]),
    ("vincent-dujardin", "Vincent Dujardin", "person", "ecolo", ["Dujardin"]),
    (
        "maggie-de-block",
        "Maggie De Block",
        "person",
        "gouvernement-federal-belge",
        ["De Block", "Mme De Block"],
    ),
    (
        "laurette-onkelinx",
        "Laurette Onkelinx",
        "person",
        "parti-socialiste-belge",
        ["Onkelinx", "Mme Onkelinx"],
    ),
    (
        "parquet-de-mamoudzou",
        "Parquet de Mamoudzou",
        "government",
        None,
        ["le parquet de Mamoudzou"],
    ),
    ("jean-philippe-rey", "Jean-Philippe Rey", "person", "parquet-de-mamoudzou", ["M. Rey"]),
    ("koaci", "Koaci", "media", None, ["KOACI.com"]),
    (
        "jeunes-et-commercantes-de-yopougon-niangon",
        "Jeunes et commerçantes de Yopougon Niangon",
        "group",
        None,
        ["plusieurs jeunes et femmes"],
    ),
    (
        "fenacoci",
        "Fédération nationale des associations de commerçantes de Côte d'Ivoire",
        "organisation",
        None,
        ["FENACOCI"],
    ),
    ("parfaite-bahi", "Parfaite Bahi", "person", "fenacoci", ["Bahi", "Mme Bahi"]),
    ("gouvernement-camerounais", "Gouvernement camerounais", "government", None, ["Yaoundé", "le Cameroun"]),
    (
        "minsep",
        "Ministère des Sports et de l'Éducation physique (Cameroun)",
        "government",
        "gouvernement-camerounais",
        ["Minsep"],
    ),
    (
        "fecafoot",
        "Fédération camerounaise de football",
        "organisation",
        None,
        ["Fecafoot", "la Fédération camerounaise"],
    ),
    ("jean-marie-nkoussa", "Jean-Marie Nkoussa", "person", "fecafoot", ["Nkoussa"]),
    (
        "association-des-etudiants-guineens-de-rouen",
        "Association des étudiants guinéens de Rouen",
        "organisation",
        None,
        [],
    ),
    (
        "joseph-nyereke-soomou",
        "Joseph Nyéréké Soomou",
        "person",
        "association-des-etudiants-guineens-de-rouen",
        ["Soomou"],
    ),
    (
        "syndicats-de-l-universite-de-rouen",
        "Syndicats de professeurs et d'étudiants de l'université de Rouen",
        "group",
        None,
        ["l'ensemble des syndicats de professeurs et d'étudiants"],
    ),
    ("fsu", "Fédération syndicale unitaire", "organisation", None, ["FSU"]),
    ("pierre-emmanuel-berche", "Pierre-Emmanuel Berche", "person", "fsu", ["Berche"]),
    ("universite-de-rouen", "Université de Rouen Normandie", "organisation", None, ["université de Rouen"]),
    ("joel-alexandre", "Joël Alexandre", "person", "universite-de-rouen", ["M. Alexandre"]),
    (
        "conference-des-presidents-d-universite",
        "Conférence des présidents d'université",
        "organisation",
        None,
        ["CPU"],
    ),
    ("festival-du-cinema-de-brive", "Festival du cinéma de Brive", "organisation", None, []),
    (
        "jury-du-festival-de-brive",
        "Jury du festival du cinéma de Brive",
        "group",
        "festival-du-cinema-de-brive",
        [],
    ),
    (
        "jury-jeunes-du-festival-de-brive",
        "Jury jeunes du festival du cinéma de Brive",
        "group",
        "festival-du-cinema-de-brive",
        ["le jury jeunes"],
    ),
    ("guillaume-lillo", "Guillaume Lillo", "person", None, ["Lillo"]),
    ("damien-manivel", "Damien Manivel", "person", "jury-du-festival-de-brive", ["Manivel"]),
    ("hendrick-dusollier", "Hendrick Dusollier", "person", None, ["Dusollier"]),
]

PARTIS_GE = "partis-du-grand-conseil-genevois"
ENSEIGNANTS_FAE = "enseignants-de-la-fae"
OPPOSANTS_VICTO = "opposants-au-projet-alcide-fleury"
JEUNES_YOPOUGON = "jeunes-et-commercantes-de-yopougon-niangon"

ANNOTATIONS = {
    "geneve-les-partis-jugent-le-conseil-d-etat-plombe-par-l-affaire-maudet": [
        (
            "tous les partis représentés au Grand Conseil évoquent un Conseil d’État «plombé» par l’affaire Maudet et désuni",
            [PARTIS_GE],
            "asserts",
            "évoquent",
        ),
        ("Certains relèvent toutefois quelques raisons d’espérer", [PARTIS_GE], "asserts", "relèvent"),
        ("«Il y a un avant et un après», commente Bertrand Reich", ["bertrand-reich"], "asserts", "commente"),
        ("Selon lui, l’élan initial s’est vite brisé", ["bertrand-reich"], "asserts", "Selon"),
        (
            "«On en est revenu à un fonctionnement en silos, sans vue d’ensemble.»",
            ["bertrand-reich"],
            "asserts",
            "",
        ),
        (
            "«Ils ont un fonctionnement en vase clos et ne se préoccupent pas de ce que font les autres départements», note Vincent Maitre",
            ["vincent-maitre"],
            "asserts",
            "note",
        ),
        (
            "«Le bateau n’est certes pas en train de couler, mais le bilan n’est aujourd’hui pas satisfaisant», ajoute le PDC",
            ["pdc-geneve"],
            "asserts",
            "ajoute",
        ),
        (
            "Caroline Marti partage ce sentiment de déception",
            ["caroline-marti"],
            "asserts",
            "partage ce sentiment",
        ),
        (
            "Elle ne juge également «pas optimal le découpage des départements, car déséquilibré»",
            ["caroline-marti"],
            "asserts",
            "juge",
        ),
        (
            "Elle critique celui, surdimensionné, confié à Mauro Poggia",
            ["caroline-marti"],
            "suspects",
            "critique",
        ),
        (
            "Le président du MCG applaudit au contraire la maîtrise dont fait preuve son magistrat",
            ["francisco-valentin"],
            "asserts",
            "applaudit",
        ),
        (
            "«Il est clairement devant tous les autres», estime Francisco Valentin",
            ["francisco-valentin"],
            "asserts",
            "estime",
        ),
        (
            "il ajoute «qu’on ne peut pas reprocher grand-chose aux conseillers d’État car ils ont présenté peu de chose»",
            ["francisco-valentin"],
            "denies",
            "ajoute",
        ),
        (
            "Le jugement de Pierre Vanek, député d’Ensemble à Gauche, est au contraire sans appel: «On assiste au naufrage du Conseil d’État», explique-t-il",
            ["pierre-vanek"],
            "asserts",
            "explique-t-il",
        ),
    ],
    "glaciers-suisses-l-ete-2022-bat-tous-les-records-de-fonte": [
        (
            "A l'agonie, le glacier sera bientôt divisé par deux, raconte-t-il",
            ["matthias-huss"],
            "asserts",
            "raconte-t-il",
        ),
        (
            "\"D'autres années comme 2011, 2015, 2018 ou encore 2019 avaient déjà vu une fonte très forte. L'année 2022 est vraiment différente et bat tous les records\", ajoute néanmoins Matthias Huss",
            ["matthias-huss"],
            "asserts",
            "ajoute",
        ),
        (
            "l'équipe a constaté une perte de 4 mètres d'épaisseur sur les parties les plus hautes du glacier",
            ["glamos"],
            "asserts",
            "a constaté",
        ),
        (
            '"C\'est extraordinaire: cela correspond à deux ou trois fois plus de perte que les autres années", insiste Matthias Huss',
            ["matthias-huss"],
            "asserts",
            "insiste",
        ),
        (
            "\"jusqu'ici celui-ci avait toujours pu accumuler suffisamment de neige pour passer l'été\"",
            ["matthias-huss"],
            "asserts",
            "",
        ),
    ],
    "loi-40-des-enseignants-de-la-fae-accueillent-le-ministre-roberge": [
        (
            "chacun lui remettait une pancarte pour lui dire que sa réforme ne passe pas",
            [ENSEIGNANTS_FAE],
            "asserts",
            "pour lui dire",
        ),
        (
            "lui signalant notamment qu'il n'était plus le bienvenu sur le territoire de leur syndicat",
            [ENSEIGNANTS_FAE],
            "asserts",
            "lui signalant",
        ),
        (
            "Vous venez d'être un traître pour les enseignants , lui a lancé Daniel Gauthier",
            ["daniel-gauthier"],
            "asserts",
            "lui a lancé",
        ),
        (
            "Alain Marois, enseignant et orthopédagogue, a dit n'avoir jamais rien vu de pareil",
            ["alain-marois"],
            "asserts",
            "a dit",
        ),
        (
            "Je n’ai jamais vu en 22 ans de carrière syndicale autant de désaveux envers un ministre. Ce doit être un moment très difficile pour vous en ce moment, mais dites-vous que c’est ce que les professeurs ressentent au quotidien depuis des années de la part du gouvernement du Québec, ce mépris-là. Alors vous allez comprendre ce qu'on vit maintenant , a-t-il déclaré",
            ["alain-marois"],
            "asserts",
            "a-t-il déclaré",
        ),
        (
            "le président de la FAE Sylvain Mallette a clos le défilé en dénonçant la loi 40, adoptée sous le bâillon le 8 février",
            ["sylvain-mallette"],
            "suspects",
            "en dénonçant",
        ),
        (
            "il critique les clauses touchant à la formation continue des enseignants – qui n'ont pas été négociées avec les syndicats",
            ["sylvain-mallette"],
            "suspects",
            "critique",
        ),
        (
            "M. Mallette critique aussi ce qu'il voit comme de l'ingérence dans la pratique des profs dans les approches pédagogiques qui pourront être utilisées",
            ["sylvain-mallette"],
            "suspects",
            "critique",
        ),
    ],
    "victoriaville-comptine-au-conseil-municipal-le-maire-appelle-au-calme": [
        (
            "Le maire Antoine Tardif a fermement dénoncé le geste",
            ["antoine-tardif"],
            "suspects",
            "a fermement dénoncé",
        ),
        (
            "a appelé les opposants à respecter le décorum",
            ["antoine-tardif"],
            "asserts",
            "a appelé",
        ),
        (
            "Il estime également que ce type d'action explique, en partie, pourquoi autant d'élus ont choisir de tirer leur révérence dans les dernières années",
            ["antoine-tardif"],
            "asserts",
            "estime",
        ),
        ("«Ce n’était pas respectueux», déplore M. Tardif", ["antoine-tardif"], "asserts", "déplore"),
        (
            "Silvie Lemelin, une citoyenne qui a participé aux interruptions du conseil municipal, juge de son côté que ces actions étaient plutôt anodines",
            ["silvie-lemelin"],
            "asserts",
            "juge",
        ),
        (
            "«On a décidé de déranger un tout petit peu en chantant sous l’air de Frère Jacques, on s’entend que ce n’est pas du Rage Against The Machine. Il n’y avait rien de bien violent là-dedans», juge-t-elle",
            ["silvie-lemelin"],
            "denies",
            "juge-t-elle",
        ),
        (
            "Mme Lemelin juge plutôt avoir assisté à un «déni de démocratie»",
            ["silvie-lemelin"],
            "asserts",
            "juge",
        ),
        (
            "«Nous tentions d'aller poser nos questions à la fin de la réunion, comme il est toujours d'usage. M. Tardif a, si vous me permettez l'expression, pété sa coche et a annulé la fin de la réunion», relate-t-elle",
            ["silvie-lemelin"],
            "asserts",
            "relate-t-elle",
        ),
        (
            "Le maire Tardif rétorque qu'il est permis de manifester à l'extérieur des séances du conseil, mais que la salle du conseil municipal représente un lieu de décision «contrôlé et protocolaire»",
            ["antoine-tardif"],
            "asserts",
            "rétorque",
        ),
        (
            "Les citoyens s'opposant à l'initiative craignent que le projet ne nuise à la faune et la flore",
            [OPPOSANTS_VICTO],
            "asserts",
            "craignent",
        ),
        (
            "«On est pour le logement, mais pas sur le dos de la crise climatique, en aggravant des zones qui, en cas de pluies diluviennes, peuvent absorber beaucoup d'eau», explique Gilles Labrosse",
            ["gilles-labrosse"],
            "asserts",
            "explique",
        ),
        (
            "Silvie Lemelin rappelle de son côté que des espèces en péril vivent sur le lieu du développement immobilier",
            ["silvie-lemelin"],
            "asserts",
            "rappelle",
        ),
    ],
    "reservoir-manicouagan-les-innus-de-pessamit-accusent-hydro-quebec": [
        (
            "Les dirigeants de Pessamit critiquent Hydro-Québec concernant sa gestion du réservoir Manicouagan",
            ["conseil-des-innus-de-pessamit"],
            "suspects",
            "critiquent",
        ),
        (
            "« La société bafoue les droits d’une Première Nation en négligeant de se conformer à l’obligation de consultation », dénonce le vice-chef Gérald Hervieux",
            ["gerald-hervieux"],
            "suspects",
            "dénonce",
        ),
        (
            "Selon le vice-chef Hervieux, Hydro-Québec est trop pressée en voulant rehausser le réservoir",
            ["gerald-hervieux"],
            "asserts",
            "Selon",
        ),
        (
            "Il qualifie de tricherie l’intention du gouvernement et de sa société d’État",
            ["gerald-hervieux"],
            "asserts",
            "qualifie",
        ),
        (
            "« Hydro-Québec ajoute l’insulte à l’injure, en informant les locataires de terrains non autochtones, sans daigner en informer les Innus », lit-on dans un communiqué du conseil des Innus de Pessamit",
            ["conseil-des-innus-de-pessamit"],
            "asserts",
            "lit-on",
        ),
        (
            "«La Première Nation s’est impliquée de bonne foi. Elle a déposé un mémoire le 6 juillet 2021. Hydro-Québec ne souhaite pas s’embarrasser de procédures avec les Innus», commente le vice-chef",
            ["gerald-hervieux"],
            "asserts",
            "commente",
        ),
        (
            "Le porte-parole d’Hydro-Québec dans le dossier, Francis Labbé, soutient bien au contraire que les commentaires et les préoccupations des Innus de Pessamit ont été sollicités à plusieurs reprises",
            ["francis-labbe"],
            "denies",
            "soutient",
        ),
        (
            "Actuellement le niveau du réservoir est de 352 m, précise Francis Labbé",
            ["francis-labbe"],
            "asserts",
            "précise",
        ),
        (
            "« Nous connaissons un été de faible précipitation. Pour atteindre 355 m, il faudra attendre la crue du printemps prochain de toute façon », mentionne-t-il",
            ["francis-labbe"],
            "asserts",
            "mentionne-t-il",
        ),
    ],
    "philippeville-les-chemins-d-ingremez-relancent-le-debat": [
        (
            "une nouvelle proposition, qualifiée de différente par le collège",
            ["college-communal-de-philippeville"],
            "asserts",
            "qualifiée de",
        ),
        (
            'Christophe Corouge (PS): "On nous demande de dispenser le demandeur d’enquête d’incidences sur base d’une évaluation où il est dit que tout va bien, mais qui ne mentionne pas la perte de patrimoine, la perte des haies, la valeur historique de l’endroit…"',
            ["christophe-corouge"],
            "asserts",
            "",
        ),
        (
            'Paul Pirson (Phil’Citoyen) surenchérit: "On va changer la nature des revêtements des chemins et ce n’est même pas mentionné dans l’étude"',
            ["paul-pirson"],
            "asserts",
            "surenchérit",
        ),
        (
            "Il ajoute qu’en laissant faire ce projet, la Commune risque d’ouvrir la boîte de Pandore",
            ["paul-pirson"],
            "asserts",
            "ajoute",
        ),
        (
            '"Nous pouvons comprendre l’argument de quiétude avancé par le demandeur", insiste-t-il',
            ["paul-pirson"],
            "asserts",
            "insiste-t-il",
        ),
        (
            '"Mais cela vaut pour bien d’autres propriétaires qui auront aussi envie de faire suppri mer des chemins qui les dérangent. On ouvre la possibilité de privatiser le domaine public. Et on privatise le personnel communal pour ceux qui ont les moyens de financer cela."',
            ["paul-pirson"],
            "asserts",
            "",
        ),
        (
            'C’est un point qui fait également réagir Vincent Dujardin (Écolo): "Une employée communale a passé beaucoup de temps à travailler sur le premier dossier. Pour rien ! Tout est à recommencer et l’administration publique va à nouveau être monopolisée pour un intérêt particulier"',
            ["vincent-dujardin"],
            "asserts",
            "fait également réagir",
        ),
    ],
    "maggie-de-block-ouvre-le-debat-sur-le-cannabis-medical": [
        (
            "La ministre des Affaires sociales et de la Santé Maggie De Block « travaille à un projet d’arrêté royal » permettant la délivrance en pharmacie de médicaments contenant du cannabis, a-t-elle annoncé mercredi en Commission de la Chambre",
            ["maggie-de-block"],
            "asserts",
            "a-t-elle annoncé",
        ),
        (
            "la ministre a en revanche fait valoir mercredi son expérience de médecin pour rappeler son opposition à une « politique de tolérance » vis-à-vis d’un produit",
            ["maggie-de-block"],
            "denies",
            "rappeler son opposition",
        ),
        (
            "dont elle a souligné les effets négatifs pour le consommateur, notamment en ce qui concerne l’assuétude",
            ["maggie-de-block"],
            "asserts",
            "a souligné",
        ),
        (
            "Mme De Block a cependant une nouvelle fois répété l’utilité d’une réflexion avec des experts sur la politique de drogues menée en Belgique",
            ["maggie-de-block"],
            "asserts",
            "répété",
        ),
        (
            "« Il est correct de dire qu’un débat doit avoir lieu dans notre pays, en Europe. Il ne faut pas se taire, il faut être ouvert au débat », a-t-elle dit",
            ["maggie-de-block"],
            "asserts",
            "a-t-elle dit",
        ),
        (
            "invitée par la cheffe de groupe PS Laurette Onkelinx à clarifier la position du gouvernement",
            ["laurette-onkelinx"],
            "asserts",
            "invitée par",
        ),
    ],
    "dzoumogne-un-jeune-blesse-a-l-oeil-le-parquet-ouvre-une-enquete": [
        (
            "Le parquet de Mamoudzou confirme l’ouverture d’une enquête pour violences par personne dépositaire de l’autorité publique après l’évacuation sanitaire d’un jeune de 17 ans grièvement blessé au visage",
            ["parquet-de-mamoudzou"],
            "asserts",
            "confirme",
        ),
        ("Ce dernier pourrait perdre son oeil", [None], "suspects", "pourrait"),
        (
            "« Au moment où je vous parle la perte de son œil n’est pas confirmée. Il a vraisemblablement reçu un projectile, l’enquête doit déterminer la nature de ce projectile » indique le procureur Jean-Philippe Rey",
            ["jean-philippe-rey"],
            "asserts",
            "indique",
        ),
        (
            "Selon le magistrat, la victime « n’a pas pu être entendu de manière plus circonstanciée » pour le moment mais ses déclarations « succinctes » et les premiers éléments d’enquête laissent penser qu’il ne participait pas aux violences",
            ["jean-philippe-rey"],
            "denies",
            "Selon",
        ),
        (
            "« Pour l’heure je n’ai pas de plainte de la famille. On a ouvert une enquête sur des faits de violences aggravées, par personne dépositaire de l’autorité publique. On a envisagé la possibilité que ça soit un tir de LBD mais c’est tout à fait hypothétique. Aucun élément probant n’indiquerait qu’il ait pu être visé. L’enquête sera complète, c’est une enquête exhaustive [ qui sera ] réalisée de manière à comprendre comment un jeune de 17 ans qui ne prenait pas part aux caillassages a pu être blessé à l’œil. »",
            ["jean-philippe-rey"],
            "denies",
            "",
        ),
    ],
    "yopougon-destruction-de-commerces-une-conseillere-municipale-denonce": [
        (
            "Commerçantes et jeunes du quartier de Yopougon Niangon à gauche étaient aux prises avec des agents de la Mairie, comme constaté sur place par KOACI",
            ["koaci"],
            "asserts",
            "constaté",
        ),
        (
            "plusieurs jeunes et femmes réunis autour d'une conseillère municipale ont dénoncé cette façon de faire des agents de la mairie",
            [JEUNES_YOPOUGON],
            "suspects",
            "ont dénoncé",
        ),
        (
            "Ces personnes estiment que la mairie en fait trop en cassant des commerces, magasins et autres installations qui se trouvent selon eux dans un domaine privé",
            [JEUNES_YOPOUGON],
            "asserts",
            "estiment",
        ),
        (
            "Parfaite Bahi, conseillère municipale à Yopougon, par ailleurs présidente des femmes de la fédération nationale des associations de commerçantes de Côte d'Ivoire (FENACOCI) s'est dite choquée par l'action de la mairie",
            ["parfaite-bahi"],
            "asserts",
            "s'est dite",
        ),
        (
            "Elle nous a confié que la mairie n'a envoyé aucun courrier à ces commerçantes avant de procéder par surprise à la destruction des commerces",
            ["parfaite-bahi"],
            "denies",
            "nous a confié",
        ),
        (
            "\"Nous n'avons pas reçu de courrier de la mairie avant que les agents de la mairie viennent détruire les commerces et ce n'est pas normal. Je suis conseillère municipale et présidente des commerçantes de Yopougon, la moindre des choses, c'était de m'avertir avant qu'on vienne détruire nos commerces. Nous sommes à quelques mois des élections et la mairie vient frustrer des électrices et ce n'est pas du tout bon.\", a dénoncé Parfaite Bahi",
            ["parfaite-bahi"],
            "suspects",
            "a dénoncé",
        ),
    ],
    "traitee-d-irresponsable-par-le-minsep-la-fecafoot-se-defend": [
        (
            "La Fédération camerounaise de football (Fecafoot) s’indigne des propos utilisés par le ministère des Sports et de l’Éducation Physique dans son communiqué du 21 février 2025",
            ["fecafoot"],
            "denies",
            "s’indigne",
        ),
        (
            "Dans ce communiqué radio-presse annonçant la résolution prise par le gouvernement camerounais de payer les indemnités de licenciement d’Antonio Conceição",
            ["minsep"],
            "asserts",
            "annonçant",
        ),
        (
            "le Minsep a traité la Fédération camerounaise de football « d’irresponsable, de primesautière »",
            ["minsep"],
            "asserts",
            "a traité",
        ),
        (
            "tout en lui demandant d’être plus responsable dans la prise de ses décisions",
            ["minsep"],
            "asserts",
            "en lui demandant",
        ),
        (
            "la Fédération camerounaise a d’abord rappelé que le licenciement d’Antonio Conceição était acté par le « Haut accord du président de la République »",
            ["fecafoot"],
            "asserts",
            "rappelé",
        ),
        (
            "« La résiliation du contrat de l’entraîneur Antonio Conceição et de tout son staff pour les résultats insuffisants a été actée par le Très Haut Accord de Monsieur le Président de la République et mise en œuvre par les administrations concernées », a lu Lebledparle Sport dans le communiqué de la Fecafoot du 23 février 2025",
            ["fecafoot"],
            "asserts",
            "a lu",
        ),
        (
            "la Fecafoot s’indigne des propos qu’elle qualifie d’insultants à son endroit",
            ["fecafoot"],
            "denies",
            "s’indigne",
        ),
        (
            "« Les positions de la Fecafoot en toutes circonstances sont et demeurent rationnelles et éclairées, se fondant toujours sur des arguments de droit, de vérité et de justice. Les traiter de « primesautières, d’irresponsables, de hâtives ou d’impulsives » relève simplement de la provocation et de l’insulte. La Fédération ne saurait y répondre par respect », a conclu Jean-Marie Nkoussa dans son communiqué",
            ["jean-marie-nkoussa"],
            "denies",
            "a conclu",
        ),
    ],
    "rouen-la-hausse-des-frais-d-inscription-des-etudiants-etrangers-inquiete": [
        (
            "\"Quand j'en ai entendu parler, je me suis dit : peut-être que mes rêves sont brisés, témoigne-t-il",
            ["joseph-nyereke-soomou"],
            "asserts",
            "témoigne-t-il",
        ),
        (
            "Je vais être obligé de payer 3770 euros de frais d'inscription (au lieu de 243 euros NDLR). Où je vais chercher cette somme ?\"",
            ["joseph-nyereke-soomou"],
            "asserts",
            "",
        ),
        (
            'Joseph juge la mesure discriminatoire et l\'augmentation "faramineuse"',
            ["joseph-nyereke-soomou"],
            "asserts",
            "juge",
        ),
        (
            "L'ensemble des syndicats de professeurs et d'étudiants présents sur l'université de Rouen se sont opposés à la mesure et l'ont fait savoir lors d'une assemblée générale, mercredi 12 décembre 2018",
            ["syndicats-de-l-universite-de-rouen"],
            "denies",
            "se sont opposés",
        ),
        (
            "\"Ce sont les prémices d'une augmentation des droits d'inscription pour tous les étudiants\", craint notamment Pierre-Emmanuel Berche",
            ["pierre-emmanuel-berche"],
            "asserts",
            "craint",
        ),
        (
            "L'université elle-même, par la voix de son président Joël Alexandre, s'est prononcée contre la mesure qui \"remet en cause le principe fondateur d'une université française ouverte à tous\"",
            ["joel-alexandre"],
            "denies",
            "s'est prononcée contre",
        ),
        (
            "La conférence des présidents d'université demande un moratoire sur ces augmentations de frais",
            ["conference-des-presidents-d-universite"],
            "asserts",
            "demande",
        ),
        (
            '"On va avoir un doublement des étudiants d\'ici 2040", précise Joël Alexandre',
            ["joel-alexandre"],
            "asserts",
            "précise",
        ),
        ("Il souligne les enjeux pour la francophonie", ["joel-alexandre"], "asserts", "souligne"),
        (
            "\"Si l'on veut aider ses pays à développer leur propre université, leur propre système, il faut qu'on les aide à former leurs cadres. Ce n'est pas en les faisant payer d'avantage. On va fermer la porte à beaucoup de pays.\"",
            ["joel-alexandre"],
            "asserts",
            "",
        ),
    ],
    "festival-du-cinema-de-brive-clap-de-fin-et-palmares": [
        (
            "“On est pas loin de syncoper”, a échappé Guillaume Lillo",
            ["guillaume-lillo"],
            "asserts",
            "a échappé",
        ),
        (
            "“Un film totalement barré, drôle et désespéré, le portrait d’un solitaire”, a argumenté pour le jury le réalisateur Damien Manivel",
            ["damien-manivel"],
            "asserts",
            "a argumenté",
        ),
        (
            "les 7 membres du jury jeunes qui se sont déclarés “très contents de la semaine passée, avec des films d’une réelle profondeur”",
            ["jury-jeunes-du-festival-de-brive"],
            "asserts",
            "se sont déclarés",
        ),
        (
            "“Trois prix, c’est incroyable, c’est vraiment dommage de ne pas être là”, a fait parvenir le réalisateur absent de la cérémonie",
            ["hendrick-dusollier"],
            "asserts",
            "a fait parvenir",
        ),
    ],
}
