# ruff: noqa: E501  (article text and quotes are kept on the lines they were copied to)
"""The second development set's articles: excerpts copied verbatim from French news pages.

Each entry: slug, title (the page's headline or its address's words), source address, outlet, and
the text exactly as published (JSON-escaped as the page store returned it). build.py turns these and
annotations.py into fixtures.json.
"""

ARTICLES = [
    {
        "slug": "lavrov-parle-de-propagande-anti-russe-a-londres",
        "title": "Lavrov parle de propagande anti-russe à l'oeuvre à Londres",
        "url": "https://www.swissinfo.ch/fre/toute-l-actu-en-bref/lavrov-parle-de-propagande-anti-russe-%C3%A0-l-oeuvre-%C3%A0-londres/43958676",
        "outlet": "swissinfo.ch",
        "body": "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a jugé vendredi que les informations parues en Grande-Bretagne impliquant la Russie dans l'empoisonnement d'un ex-agent double russe n'étaient pas sérieuses. Il les a qualifiées de \"propagande\".\n\nLa Première ministre britanniaue, Theresa May, a déclaré jeudi que le Royaume-Uni réagirait de manière appropriée si l'enquête démontre que la Russie est derrière l'empoisonnement de Sergueï Skripal et de sa fille Ioulia. Tous deux sont hospitalisés dans un état grave depuis dimanche à Salisbury.\n\nS'exprimant devant la presse à Addis-Abeba, où il est en visite, Sergueï Lavrov a dit que les autorités russes n'avaient reçu directement aucune information concrète sur ce qui est arrivé à Sergueï Skripal et sa fille. \"On n'a que des informations de presse (...) qui disent que si c'est la Russie, alors il y aura une réponse dont la Russie se souviendra pour toujours\", a-t-il dit.\n\n\"Ce n'est pas sérieux. Ce n'est rien que de la propagande et cela vise à faire monter la tension\", a ajouté Sergueï Lavrov.\n\nLe chef de la diplomatie russe a redit que le Kremlin était disposé à apporter son aide dans cette affaire, comme sur d'autres sujets, mais uniquement sur la base de faits. \"Et pour avoir une conversation sérieuse (...), il faut utiliser les canaux officiels\", a-t-il rappelé.",
    },
    {
        "slug": "lavrov-dement-une-invasion-de-troupes-russes",
        "title": "Sergueï Lavrov dément une invasion de troupes russes dans l'est de l'Ukraine",
        "url": "http://sn-sn.com/International/n/2014/0830/c31356-8776568.html",
        "outlet": "sn-sn.com",
        "body": "Le ministre russe des Affaires étrangères Sergue? Lavrov a démenti vendredi les reportages faisant état d'une invasion de troupes russes dans les régions de l'est de Ukraine.\n\"Il n'existe aucun fait venant étayer les allégations d'invasion\", a déclaré M. Lavrov devant la presse, après un entretien avec son homologue iranien Mohammad Javad Zarif, en visite en Russie.\n\"Il y a eu de précédents reportages sur des images satellites montrant des mouvements de troupes russes. Comme on l'a vu ensuite, il s'agissait de clichés de jeux vidéos. Les nouvelles accusations sont du même ordre\", a déclaré M. Lavrov, dont les propos ont été rapportés par l'agence de presse Interfax.\nLa Russie va maintenir sa ligne politique constante qui vise à mettre fin à l'effusion de sang dans les régions du sud-est de l'Ukraine ainsi qu'à contribuer à l'ouverture d'un véritable dialogue national et à la tenue de négociations impliquant l'ensemble des partis politiques et des régions de l'Ukraine, a indiqué M. Lavrov.\nLe ministre a fait savoir que Moscou et Kiev étaient en contact pour convenir des modalités relatives à l'acheminement d'un autre convoi humanitaire russe, qui doit être envoyé dans les prochains jours.\n\"Nous avons envoyé une seconde note au ministère ukrainien des Affaires étrangères, en prenant en compte les propositions de Kiev \", a indiqué M. Lavrov. \"De notre point de vue, nous avons une vision commune sur la fa?on d'assurer la sécurité du second convoi destiné au sud-est de l'Ukraine et la distribution de la cargaison.\"",
    },
    {
        "slug": "les-etats-unis-dementent-avoir-envoye-un-avertissement-a-l-iran",
        "title": "Les États-Unis démentent avoir envoyé un avertissement à l'Iran via la Russie",
        "url": "https://vovworld.vn./fr-CH/actualites/les-etatsunis-dementent-avoir-envoye-un-avertissement-a-liran-via-la-russie-74153.vov",
        "outlet": "VOV",
        "body": "Les Etats-Unis ont démenti hier les informations d'un quotidien russe, selon lequel Washington aurait demandé à Moscou d'avertir l'Iran que les prochaines discussions sur son programme nucléaire seraient celles de «la dernière chance». «La secrétaire d'Etat n'a pas adressé d'avertissement aux Iraniens via le ministre russe des Affaires étrangères Sergueï Lavrov», a déclaré à la presse Victoria Nuland, à propos d'informations parues mercredi dans les colonnes du journal Kommersant. Priée en outre de dire si Mme. Clinton avait utilisé le mot «dernier» lors d'une conversation lundi avec Sergueï Lavrov, Nuland a répondu en ces termes: « Elle n'a pas utilisé pareille épithète durant la rencontre ».",
    },
    {
        "slug": "iran-qassemi-dement-les-declarations-de-nikki-haley",
        "title": "Iran : Bahram Qassemi dément les déclarations de Nikki Haley sur une rencontre avec Trump",
        "url": "http://350431105.r.worldcdn.net/Detail/2018/09/21/574818/Iran-Nikki-Haley-déclaration-rencontre-Trump-Bahram-Qassemi",
        "outlet": "Press TV",
        "body": "Le porte-parole de la diplomatie iranienne a affirmé que la RII n'avait jamais formulé une seule demande de rencontre avec Donald Trump, président américain.\nBahram Qassemi, porte-parole du ministère iranien des Affaires étrangères, a démenti les déclarations de Nikki Haley, ambassadrice américaine auprès des Nations unies, les qualifiant de ridicules et y voyant une campagne d’intoxication qui poursuit des objectifs bien définis.\n« De telles allégations sont l’œuvre de certains milieux qui cherchent à falsifier la réalité. Nous sommes bien conscients de telles méthodes. Je répète une nouvelle fois que la RII ne demandera jamais à rencontrer M. Trump », a indiqué Qassemi.",
    },
    {
        "slug": "souieda-le-porte-parole-du-ministere-de-l-interieur-dement-le-siege",
        "title": "Le porte-parole du ministère de l’Intérieur dément le siège de Soueïda",
        "url": "https://archive.sana.sy/fr/?p=346410",
        "outlet": "SANA",
        "body": "Damas-SANA / Le porte-parole du ministère de l’Intérieur, Nour Eddine al-Baba, a indiqué que les allégations concernant le siège du gouvernorat de Soueïda par le gouvernement syrien sont infondées et créées de toutes pièces.\nIl a fait noter que le gouvernement syrien a ouvert des points de passage humanitaires pour acheminer l’aide à nos concitoyens civils à l’intérieur du gouvernorat, en coopération avec des organisations humanitaires locales et internationales, et pour faciliter la sortie temporaire de ceux qui souhaitent quitter les zones contrôlées par les groupes hors-la-loi.\n« Les allégations du siège sont une propagande lancée par les groupes hors-la-loi pour promouvoir l’ouverture de passages non officiels vers les environs de Soueïda, à l’intérieur et à l’extérieur de la république », a-t-il assuré.\nAl-Baba a ajouté que l’objectif de ces actions étaient de stimuler le commerce des armes et du captagon, principale source de financement de ces groupes.\nLe porte-parole a enfin souligné que le retour des institutions légitimes de la République arabe syrienne pour rétablir l’État de droit dans le gouvernorat de Soueïda menace la survie des bandes hors-la-loi, et affecte leur financement illégal.",
    },
    {
        "slug": "le-ministere-de-la-jeunesse-dement-des-declarations-attribuees-a-son-ministre",
        "title": "Le ministère de la Jeunesse dément des déclarations attribuées à son ministre",
        "url": "https://www.elkhabar.com/s@hbzdvzfr261384",
        "outlet": "El Khabar",
        "body": "Le ministère de la Jeunesse a démenti, ce samedi, des déclarations erronées attribuées à son ministre, Mustapha Haïdaoui, et relayées par un site étranger.\nDans un communiqué, le ministère a précisé que les propos en question, repris par certains médias en Algérie à partir de cette source, prétendaient que le ministre aurait déclaré : « L’Europe consulte désormais l’Algérie sur les questions de jeunesse et lui demande des solutions pour sortir sa propre jeunesse de ses problèmes sociaux. »\nLe ministère a affirmé que « le ministre n’a tenu aucune déclaration de ce genre, ni lors d’une rencontre officielle, ni dans un cadre médiatique », soulignant que « les informations publiées sont totalement infondées ».\nIl a en outre appelé les médias à « vérifier et confirmer l’exactitude des informations avant leur diffusion, et à se fier exclusivement aux canaux officiels pour l’obtention des nouvelles et déclarations authentifiées ».",
    },
    {
        "slug": "tunisie-la-defense-et-l-interieur-mettent-en-garde-contre-la-desinformation",
        "title": "Tunisie : la Défense et l'Intérieur mettent en garde contre la désinformation et le chahutage des opérations en cours",
        "url": "https://directinfo.webmanagercenter.com/2014/08/09/tunisie-la-defense-et-linterieur-mettent-en-garde-contre-la-desinformation-et-le-chahutage-des-operations-en-cours",
        "outlet": "Directinfo",
        "body": "Les ministères de la Défense nationale et de l’Intérieur ont annoncé, samedi, par communiqué conjoint, que « les opérations de ratissage sont toujours en cours pour traquer les éléments terroristes dans certaines zones.\nDivers types d’armenents sont utilisés pour pilonner les sites susceptibles de servir de sanctuaires aux terroristes », ont-ils souligné.\n« Les éventuelles arrestations ou autres cas de blessures qui pourraient découler ou avoir découlé de ces opérations » seront annoncés en temps opportun, ajoute le communiqué, précisant que « toute information qui ne proviendrait pas de sa source officielle sera considérée comme relevant de la désinformation et du chahutage du déroulement des opérations sécuritaires et militaires en cours ».",
    },
    {
        "slug": "guinee-le-gouvernement-accuse-amnesty-et-hrw",
        "title": 'Guinée: le gouvernement accuse Amnesty et HRW de "dénoncer les seuls gouvernements"',
        "url": "https://www.africaradio.com/news/guinee-le-gouvernement-accuse-amnesty-et-hrw-de-denoncer-les-seuls-gouvernements-175833",
        "outlet": "Africa Radio",
        "body": 'Le gouvernement guinéen a accusé Amnesty International et Human Rights Watch de "dénoncer systématiquement les seuls gouvernements", après de nouvelles critiques de ces dernières contre les agissements du pouvoir et des forces de sécurité autour de la récente présidentielle.\n\nDans un rapport publié jeudi, HRW évoque une "répression généralisée qui a fragilisé la crédibilité" de la présidentielle du 18 octobre.La candidature d\'Alpha Condé à un troisième mandat a donné lieu à des mois de manifestations durement réprimées et de violences qui ont fait des dizaines de morts civils depuis octobre 2019 et dans les jours suivant l\'élection. M. Condé, 82 ans, a été proclamé vainqueur par la Cour constitutionnelle.Amnesty International a quant à elle accusé les forces de sécurité, dans un communiqué publié le 25 octobre, d\'avoir tiré à l\'arme de guerre et à balles réelles sur des manifestants lors des troubles post-électoraux.HRW a dénombré au moins 12 morts, l\'opposition parle de 49 morts, les autorités de 21, dont des membres des forces de sécurité. "Plusieurs dizaines de personnes pourraient avoir été tuées", disait Amnesty.HRW montre à nouveau du doigt l\'impunité des policiers et des gendarmes.Dans un communiqué publié dans la nuit de jeudi à vendredi, le conseil des ministres affirme que le gouvernement préserve l\'ordre et "s\'astreint à le faire dans le respect des lois mais est seul paradoxalement interpellé par ces ONG". L\'opposition, elle, se livre "à des actes de violence assumés", dit-il.',
    },
    {
        "slug": "le-kremlin-dement-les-rumeurs-sur-un-entretien-entre-poutine-et-trump",
        "title": "Le Kremlin dément les rumeurs sur un récent entretien entre Poutine et Trump",
        "url": "https://fr.sputniknews.africa/amp/20241111/le-kremlin-dement-les-rumeurs-sur-un-recent-entretien-entre-poutine-et-trump-1069170353.html",
        "outlet": "Sputnik Afrique",
        "body": "\"C'est l'exemple le plus démonstratif de la qualité des informations qui sont parfois publiées, même dans des éditions assez respectées. C'est complètement faux\", a-t-il souligné.\nPlus tôt, le Washington Post, en citant des sources, avait rapporté que Vladimir Poutine et Donald Trump avaient eu une conversation téléphonique jeudi. Ils auraient notamment discuté du conflit en Ukraine.\nEn outre, il n'y a eu aucun signal de la part du chancelier allemand sur sa disposition à parler au Président russe, selon M. Peskov.\nAuparavant, Olaf Scholz avait confirmé son intention d'avoir une conversation téléphonique avec M. Poutine mais avait déclaré ne pas vouloir faire cela sans l'aval de ses partenaires.",
    },
    {
        "slug": "tchad-le-ministere-de-la-securite-dement-un-suppose-massacre-a-gore",
        "title": "Tchad : le ministère de la Sécurité dément un supposé massacre dans la zone de Goré",
        "url": "https://www.alwihdainfo.com/Tchad-le-ministere-de-la-securite-dement-un-suppose-massacre-dans-la-zone-de-Gore_a128901.html",
        "outlet": "Alwihda Info",
        "unseen": True,
        "body": "Le ministre, à travers son attaché de presse, évoque des \"informations sans fondements visant tout simplement à les discréditer et créer la panique au sein de la population qui n'aspire qu'à la paix.\"\n\n\n\nIl apporte un démenti formel et rassure l'opinion du climat actuel de sécurité qui prévaut sur l'ensemble du territoire national.\n\n\n\nLe ministre de la Sécurité publique et de l'Immigration met en garde les auteurs et coauteurs de ces fausses informations du risque qu'ils encourent et propagent de telles allégations.",
    },
    {
        "slug": "le-ministere-de-l-agriculture-precise-document-falsifie",
        "title": "Interdiction de l'importation et de l'exportation : le ministère de l'Agriculture précise",
        "url": "https://realites.com.tn/fr/interdiction-de-limportation-et-de-lexportation-le-ministere-de-lagriculture-precise-document",
        "outlet": "Réalités",
        "unseen": True,
        "body": "Le ministère de l’Agriculture, des Ressources Hydrauliques et de la Pêche Maritime, a affirmé dans un communiqué publié ce mercredi 14 octobre 2020 que le document circulant sur les réseaux sociaux contenant un présumé communiqué signé conjointement par les ministères de l’Agriculture, du Commerce, de la Santé Publique, de l’Intérieur et de Affaires Locales et de l’Environnement, appelant les agents et cadres douaniers dépêchés au niveau des passages frontaliers de Ras Jdir et de Dhehiba Ouazen à interdire l’importation et l’exportation de toute marchandise est un document falsifié et n’a rien à voir avec la réalité. Il s’agit en effet d’un document officiel ayant été manipulé. Le même communiqué a précisé que ce document portant le numéro 0887 datant du 9 octobre 2020 n’est qu’un communiqué officiel émanant des ministères cités ci-dessus ayant porté sur la lutte contre l’abattage anarchique. Il a noté que le communiqué est toujours accessible via le lien suivant: Cliquer ici.\nLe ministère de l’Agriculture a précisé que l’auteur de ce communiqué falsifié a tenu à remplacer le contenu du communiqué officiel par un texte mensonger tout en préservant les tampons et les signatures des ministres concernés.\nLe même communiqué a fermement condamné ces comportements irresponsables et la diffusion d’informations mensongères en mesure d’induire en erreur l’opinion publique tout en assurant que le ministère de l’Agriculture se réserve le droit d’intenter des poursuites judiciaires à l’encontre des personnes ayant diffusé ce faux communiqué.",
    },
    {
        "slug": "mali-la-france-soutiendrait-une-intervention",
        "title": "Mali : la France soutiendrait une intervention",
        "url": "https://atlasinfo.fr/mali-la-france-soutiendrait-une-intervention_a33799.html",
        "outlet": "Atlasinfo",
        "unseen": True,
        "body": '"L’initiative" d’une telle intervention "revient d’abord aux Africains mais manifestement, c’est en cours de gestation", a déclaré le ministre sur i-Télé. "La France a dit qu’elle apportera son concours et son soutien, et j’espère que d’autres pays européens agiront de même, mais en soutien logistique pas en intervention directe", a-t-il ajouté alors qu’on l’interrogeait sur des propos en ce sens déjà formulés à la fin août par le président François Hollande.',
    },
    {
        "slug": "guinee-rapport-d-amnesty-le-gouvernement-fustige-son-contenu",
        "title": "Guinée : rapport d’Amnesty sur les violences, le gouvernement fustige son contenu",
        "url": "https://lolaplus.org/guinee-rapport-damnesty-sur-les-violences-le-gouvernement-fustige-son-contenu-et-parle-de-montages-fausses",
        "outlet": "Lolaplus",
        "unseen": True,
        "body": "L’ONG Amnesty International, a rendu public son dernier rapport le 01 octobre 2020. Ce document qui accuse des forces de défense et de sécurité d’être responsables des ”homicides” illégaux, est mis en cause par le gouvernement guinéen à travers le ministère de la sécurité et de la protection civile.\nEn conférence de presse conjointement animée hier par les ministres de l’Administration du Territoire et de la Décentralisation, de la justice et celui de la sécurité, il a été question de parler de la crise électorale et post-électorale durant une trentaine de minutes. Devant la presse, le ministre de la sécurité et de la protection civile, Damantang Camara n’a pas tardé à réagir au contenu de ce document publié par l’ONG Amnesty International.\n« Il y a eu des actes très graves qui ont été posés. Mais les représentants de cette ONG se sont permis de répondre à une question posée par un journaliste, qu’il n’ont pas recueilli d’informations sur l’identité des forces de l’ordre qui ont été tuées. Malgré tout le tapage médiatique qui a été fait autour de ça et la gravité des faits, les représentants d’Amnesty n’ont eu aucune information sur les agents tués au niveau du train qui a été attaqué. Par contre, lorsqu’il s’agit de relayer des informations qui sont simplement des montages faussés, ces ONG se font le plaisir de les divulguer», a déploré le ministre Damantang.\nD’ailleurs, le premier responsable du département de la sécurité, a rappelé que le gouvernement guinéen a été sous le coup de l’émotion quand les réseaux sociaux ont publié des images d’un enfant de 3 ans qui a reçu une balle dans la tête. Sur cette question précise, l’ancien porte-parole du gouvernement a décliné toute responsabilité de l’État guinéen.",
    },
    {
        "slug": "quand-le-gouvernement-guineen-tire-sur-amnesty-international-et-hrw",
        "title": "Quand le gouvernement guinéen tire sur Amnesty International et Human Right Watch",
        "url": "https://kaloumpresse.com/2020/11/20/quand-le-gouvernement-guineen-tire-sur-amnesty-international-et-humann-right-watch/",
        "outlet": "Kaloum Presse",
        "unseen": True,
        "body": "Longtemps au centre des critiques des ONG Amnesty International et Human Right Watch pour ses violations présumées des droits de l’homme, le gouvernement guinéen organise sa riposte.\nDans un communiqué parvenu à notre rédaction, l’Etat guinéen estime que les organisations de défense des droits humains conduisent des investigations partiales, menées « exclusivement à charge ».\nPour le gouvernement, les deux ONG violent aussi ses droits.\nIl estime dans son communiqué que ces dernières usent de « pratiques tendancieuses » et ne dénoncent que les seuls Gouvernements alors qu’elles confortent des opposants dans la conviction qu’ils sont affranchis de toute responsabilité dans la promotion des droits de l’Homme.",
    },
    {
        "slug": "togo-stupefaction-et-indignation-du-gouvernement",
        "title": "Stupéfaction et indignation du gouvernement",
        "url": "http://www.republicoftogo.com/Toutes-les-rubriques/Politique/Stupefaction-et-indignation-du-gouvernement",
        "outlet": "republicoftogo.com",
        "unseen": True,
        "body": "‘Plus de cent morts, des corps enterrés dans des fausses communes (…) Deux ODDH relèvent des crimes de torture, des crimes de génocide’. Tel est le titre publié en une du quotidien Liberté (proche de l'opposition) ce mardi. Information ensuite largement reprise, sans aucune vérification, par les réseaux sociaux. Du classique.\n\nLe gouvernement a vivement réagit à ces folles accusations.\n\n‘C’est avec stupéfaction et indignation que le gouvernement a eu connaissance de la publication d’un tel rapport dit +préliminaire+, dont la finalité serait, selon ses auteurs, de +mieux informer sur les actes de violences dont ils ont été les témoins oculaires, de la part des forces de défense et de sécurité à l’encontre de citoyens aux mains nues’, peut-on lire dans un communiqué officiel publié dans la soirée.\n\nLes auteurs du ‘rapport’ sont le Regroupement des jeunes africains pour la démocratie et le développement (REJADD) et le Réseau africain pour les initiatives de droits de l’homme et de solidarité (RAIDHS). Manifestement deux associations pas vraiment impartiales.\n\n‘Le gouvernement tient à souligner que tous les efforts déployés pour joindre ces derniers en vue de confronter leurs sources d’informations, ont été vains, leurs contacts téléphoniques s’étant révélés inopérants. Le gouvernement entend exprimer sa vive réprobation et sa désapprobation face aux allégations contenues dans ce rapport insultant, tendancieux et manipulateur (…)’, indique le communiqué.\n\nOn peut comprendre l’indignation des autorités.\n\nIl n’y a jamais eu 100 victimes lors des manifestations organisées par l’opposition depuis août 2017, mais sept morts par balles et sept morts pour diverses causes dont deux militaires égorgés.",
    },
]
