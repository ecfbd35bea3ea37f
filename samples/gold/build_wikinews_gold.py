#!/usr/bin/env python3
"""Build samples/gold/wikinews-fr-gold.jsonl: hand-annotated quotes and speakers on French Wikinews.

The article bodies are read from the shared data file (never copied into the repository); only the
annotated quote texts below are written by hand. Each story is a run of consecutive lines of
../shared/data/news-fr-wikinews/frwikinews-test-1000.txt (CC BY 2.5), 1-based and inclusive.
Run from anywhere: python3 samples/gold/build_wikinews_gold.py
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / ".." / "shared" / "data" / "news-fr-wikinews" / "frwikinews-test-1000.txt"
OUT = ROOT / "samples" / "gold" / "wikinews-fr-gold.jsonl"

D, P, I = "direct", "partial", "indirect"
KINDS = {D, P, I}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# (id, first line, last line, [(kind, text, speaker_id or None), ...])
STORIES = [
    ("wn-001", 1, 5, [
        (I, "Christophe Hondelatte est relevé de ses fonctions", "france-2"),
        (I, "sa démission", "christophe-hondelatte"),
    ]),
    ("wn-002", 6, 11, [
        (I, "un homme de grande générosité, un merveilleux comédien qui restera comme l'un des grands serviteurs de son art", "jacques-chirac"),
    ]),
    ("wn-003", 27, 33, [
        (I, "l'achat de 60 Boeing 787 Dreamliner pour un prix total de 7,2 milliards de dollars", "republique-populaire-de-chine"),
        (I, "ces avions doivent être livrés à 6 compagnies aériennes - Air China, China Eastern Airlines, China Southern Airlines, Hainan Airlines, Shanghai Airlines et Xiamen Airlines - d'ici les Jeux olympiques de Pékin en 2008", None),
    ]),
    ("wn-004", 34, 39, [
        (I, "Ces résultats sont au-delà des prévisions", None),
        (I, "un nombre de fraudes très faible pour ces premières éléctions libres organisées ddepuis 1953", None),
        (P, "tous les Irakiens et leur demande de ne pas renoncer à leur droit.\nJe les appelle à voter pour l'Irak et à élire l'Irak", "ghazi-al-yaouar"),
    ]),
    ("wn-005", 40, 46, []),
    ("wn-006", 58, 67, [
        (P, "présente systématiquement les Israéliens et les juifs de manière avilissante, sous les traits de personnages sans scrupules, prêts notamment à prendre les yeux d'une enfant", "conseil-superieur-de-l-audiovisuel"),
        (I, "l'incitation à la haine raciale et la négation de l'Holocauste sont des infractions", None),
        (P, "mensonge historique", None),
    ]),
    ("wn-007", 73, 80, [
        (I, "il se suiciderait si les autorités ne lui renvoyaient pas son enfant", "murugupillai-jeyarajah"),
        (D, "Je suis tellement heureux, et je n'ai que Dieu à remercier pour avoir redonné mon enfant.\nNous avons les résultats pour toutes nos épreuves.", "murugupillai-jeyarajah"),
    ]),
    ("wn-008", 81, 86, [
        (P, "affaire interne", "gouvernement-syrien"),
    ]),
    ("wn-009", 95, 100, [
        (D, "Selon les actions menées aujourd'hui, jusqu'à 43 millions d'infections pourraient être évitées au cours des 20 prochaines années", "programme-commun-des-nations-unies-sur-le-vih-sida"),
    ]),
    ("wn-010", 103, 108, [
        (I, "son mouvement participerait aux élections du Conseil législatif palestinien du 17 juillet prochain", "mohamed-ghazal"),
        (I, "l'arrêt des hostilités", "mahmoud-abbas"),
        (I, "le scrutin sera largement dominé par les Hamas et le Fatah, le parti de Mahmoud Abbas", None),
    ]),
    ("wn-011", 109, 114, [
        (I, "le Président syrien Bachar el-Assad a promis de fournir dans les prochains jours un calendrier précis pour le retrait total de ses troupes du Liban", "terje-roed-larsen"),
        (I, "Cette première phase de repli sera terminée d'ici la fin de la semaine", None),
        (I, "vouloir se conformer", "bachar-el-assad"),
    ]),
    ("wn-012", 115, 127, [
        (I, "au moins 381 personnes blessées par ce séisme", None),
        (I, "l'épicentre du séisme se situe dans les eaux peu profondes de la mer du Japon, au large de la côte nord de la préfecture de Fukuoka", "agence-meteorologique-japonaise"),
        (I, "la sévérité du séisme était effrayante", None),
        (I, "avoir pris refuge sous son bureau pendant quelques minutes en raison de la chute de nombreux livres et ornements de leurs étagères", None),
        (I, "la faible probabilité de l'arrivée d'un tsunami", None),
    ]),
    ("wn-013", 133, 138, [
        (I, "les États-Unis financent depuis 13 ans et à hauteur de 750 millions de dollars différentes fondations dans le pays, dans lequel l'OTAN possède des bases", "france-soir"),
        (I, "un respect des droits de l'homme, un maintien de l'ordre", "kofi-annan"),
        (I, "la situation se résoudra de manière pacifique", "kofi-annan"),
    ]),
    ("wn-014", 155, 162, [
        (I, "libérer les prisonniers qui n'ont pas commis d'actes violents et de promouvoir le pluralisme politique, syndical, associatif et des moyens de communication", "christine-chanet"),
        (P, "mette en liberté les personnes détenues qui n'ont commis aucune violence contre des personnes ou des biens", "christine-chanet"),
        (I, "Cuba promeuve le pluralisme dans le domaine des associations, syndicats, des moyens de communication et des partis politiques", "christine-chanet"),
        (P, "autorise l'entrée à Cuba des organisations non gouvernementales (ONG)", "christine-chanet"),
        (P, "on maintienne sans exception le moratoire de la peine de mort institué en 2000, en vue de l'abolir", "christine-chanet"),
        (I, "une réforme de la procédure pénale pour qu'elle soit adaptée aux articles de la Déclaration Universelle des Droits de l'Homme, sur les droits des prisonniers à comparaître devant un tribunal indépendant et impartial et à disposer de garanties de procédures et de la présomption d'innocence", "christine-chanet"),
        (I, "l'arret des procédures à l'encontre des citoyens qui exercent des droits garantis par la Déclaration de principes de l'ONU relatifs aux libertés d'opinion et d'expression", "christine-chanet"),
    ]),
    ("wn-015", 166, 177, [
        (I, "boycott des produits japonais", None),
        (I, "permettre tacitement la tenue de ces manifestations", None),
        (I, "cette manifestation spontanée était pacifique et sous contrôle", None),
        (I, "avoir déployé d'importantes forces de police pour maintenir l'ordre", None),
        (I, "passer la mise en esclavage sexuel de nombreuses femmes asiatiques sous silence, et plus généralement l'absence d'excuses officielles du Japon pour ces événements", None),
        (I, "ce manuel était le fait d'éditeurs privés, et que les administrations régionales étaient seules responsables de leur choix dans les outils pédagogiques pour les écoles", "gouvernement-japonais"),
    ]),
    ("wn-016", 189, 209, [
        (I, "n'auraient suscité que peu de réactions", None),
        (I, "1 000 lycéens", None),
        (D, "parce qu’ils sont Français", None),
        (P, "l'antiracisme ne se divise pas", "jacques-julliard"),
        (P, "forme de racisme", "jacques-julliard"),
        (P, "petits Français qui n'en peuvent mais", "jacques-julliard"),
        (P, "pas isolée", "jacques-julliard"),
        (P, "réaction après ces incidents dans les manifestations lycéennes", "jacques-julliard"),
        (P, "généraliser", "jacques-julliard"),
        (P, "condamne ces cas isolés", "jacques-julliard"),
        (P, "cette déviance d'une partie de la population, sous prétexte que leurs ancêtres ont été victimes de la colonisation, car toutes les formes de racisme sont inexcusables", "jacques-julliard"),
    ]),
    ("wn-017", 210, 217, [
        (I, "le cardinal Joseph Ratzinger avait été choisi comme successeur de Jean-Paul II, devenant ainsi le 265e pape de l'Église catholique romaine, et qu'il serait désormais connu en tant que Benoît XVI", "vatican"),
    ]),
    ("wn-018", 218, 224, []),
    ("wn-019", 225, 232, [
        (I, "sa démission", "silvio-berlusconi"),
        (I, "ses 5 ministres feraient de même si Berlusconi ne résolvait pas la situation", "alliance-nationale"),
        (I, "il entendait former un nouveau gouvernement, dont il sera le chef, avec la même alliance politique", "silvio-berlusconi"),
    ]),
    ("wn-020", 233, 239, [
        (I, "la formation du nouveau gouvernement", "najib-mikati"),
        (P, "intérimaire", "najib-mikati"),
    ]),
    ("wn-021", 240, 259, [
        (P, "ignorant la Constitution", "congres-national-equatorien"),
        (I, "la démission de M. Guttiérez", None),
        (I, "divers groupes de manifestants pro-Guttiérez convergeaient vers la capitale pour s'opposer par tous les moyens aux manifestants anti-Guttiérez", None),
        (I, "celles-ci retiraient leur soutien au président déchu et reconnaissaient l'autorité du nouveau président Palacio", "victor-hugo-rosero"),
        (I, "en dépit de nombreux slogans des manifestants exigeant la dissolution du Congrès, il ne procèderait pas à celle-ci", "alfredo-palacio"),
        (P, "apprendre à respecter la Constitution, que la situation [leur] plaise ou non", "jaime-nebot"),
        (I, "elles accordaient l'asile politique à M. Guttiérez", "sergio-florencio"),
    ]),
    ("wn-022", 260, 269, [
        (I, "Dans cette attaque visant le convoi, alors dans une zone résidentielle, le kamikaze s'est fait exploser au niveau du milieu du convoi", None),
        (I, "il offrirait 285 000 $ pour l'assassinat d'Allaoui", "abou-moussab-zarqaoui"),
    ]),
    ("wn-023", 292, 300, [
        (I, "il fera tout son possible de sauver les journalistes", "traian-basescu"),
        (I, "son pays fera tout son possible afin de libérer les trois journalistes roumains enlevés en Irak il y a quelques semaines", "traian-basescu"),
        (I, "les militants islamistes irakiens tueraient les journalistes à moins que le gouvernement roumain retire ses troupes du pays dans les quatre jours", "al-jazeera"),
        (I, "vouloir envoyer plus de troupes de maintien de la paix en Irak", "traian-basescu"),
        (I, "leur retrait", None),
        (P, "les institutions font tout leur possible [pour sauver les trois journalistes].", "traian-basescu"),
        (I, "une arrivée supplémentaire de troupes", "traian-basescu"),
    ]),
    ("wn-024", 301, 314, [
        (D, "Votons Faure pour un Togo uni et fort", "faure-gnassingbe"),
        (D, "Ni revanche, ni chasse aux sorcières", "union-des-forces-du-changement"),
        (I, "l'éléction invalide", None),
        (I, "l'interruption du processus de vote", "francois-boko"),
        (P, "suicidaire", "francois-boko"),
        (P, "préoccupation", None),
    ]),
    ("wn-025", 326, 334, [
        (P, "Michael Jackson de la politique intérieure, qui a tellement changé que ses proches ne le reconnaissent plus", "heinz-christian-strache"),
        (P, "vendu son âme", "heinz-christian-strache"),
        (P, "le vieux FPÖ", "heinz-christian-strache"),
        (P, "le vrai", "heinz-christian-strache"),
        (P, "la Turquie n'a rien à voir en Europe", "heinz-christian-strache"),
        (P, "favorables à l'Autriche", "heinz-christian-strache"),
    ]),
    ("wn-026", 335, 342, [
        (I, "son intention de rendre obligatoire l'approbation, par les actionnaires de toute entreprise, de tout plan d'indemnisation ou de retraite par capitalisation pour les dirigeants", "thierry-breton"),
        (P, "fait perdre", None),
        (D, "Le capitalisme est-il devenu fou ?", "jacques-myard"),
        (P, "prime à l'échec", "patrick-ollier"),
        (P, "des plus humbles", "patrick-ollier"),
        (P, "scandalisé à titre personnel", "jean-francois-roubaud"),
        (P, "transparence", "pascal-clement"),
    ]),
    ("wn-027", 343, 349, [
        (I, "la confirmation de l'arrêt rendu en première instance", "jacques-dufos-du-rau"),
        (P, "dans les textes fondamentaux européens et dans la jurisprudence européenne aucune contradiction avec la législation française interne relative au mariage, laquelle ne concerne que des personnes de sexe différent", "cour-d-appel-de-bordeaux"),
        (P, "célébration", "cour-d-appel-de-bordeaux"),
        (P, "ne peut être considérée comme un mariage", "cour-d-appel-de-bordeaux"),
        (P, "n'a pas d'existence juridique", "cour-d-appel-de-bordeaux"),
        (P, "doit être annulée", "cour-d-appel-de-bordeaux"),
        (I, "leur intention de se pourvoir en cassation et, si nécessaire, de saisir ultérieurement la Cour européenne des droits de l'homme", None),
        (P, "tout le monde [avoir] droit à l'égalité", "bertrand-charpentier"),
        (P, "la justice a décidé que les homosexuels doivent rester dans leur coin", "bertrand-charpentier"),
        (P, "la liberté d'aimer", "stephane-chapin"),
        (I, "il misait essentiellement sur un examen futur du dossier par la Cour européenne des droits de l'homme, puisque la Convention européenne des droits de l'homme ne dit pas expressément que les époux doivent être de sexe opposé", None),
    ]),
    ("wn-028", 350, 359, [
        (I, "son président, M. Gross, ne présente sa démission de chef du gouvernement qu'une fois qu'aura été trouvé un accord avec les autres partis de la coalition gouvernementale visant à la reconduction de l'alliance", "parti-social-democrate-tcheque"),
        (I, "il rencontrerait le président de la République, Václav Klaus, lundi 25 avril", "stanislav-gross"),
        (I, "seuls quatre ministres devraient être remplacés sur les 18 que compte l'équipe actuelle", "jiri-paroubek"),
        (I, "la fragilité relative de la coalition gouvernementale (101 sièges – dont 70 pour le ČSSD – sur 200 à la Chambre des députés) devrait conduire le Premier ministre pressenti, qui n'est pas connu jusqu'ici comme une personnalité politique de premier plan, à ne pas tenter de grands bouleversements ni à lancer de grands chantiers en dehors de ceux qui sont en cours", None),
    ]),
    ("wn-029", 360, 369, [
        (I, "Faure Gnassingbé de fraudes électorales", "emmanuel-bob-akitani"),
        (D, "Si, comme par le passé, le régime annonce sa victoire, cela va très mal se passer", "jean-pierre-fabre"),
    ]),
    ("wn-030", 375, 383, [
        (I, "on devrait compter au moins 530 nouveaux cas de cancers dans l'archipel en supplément des pathologies déjà observées depuis les années 1950, soit un surcroît de 9 % par rapport aux proportions habituellement observées dans les échantillons de population n'ayant pas été exposés aux effets proches ou lointains d'essais nucléaires aériens", "institut-national-du-cancer"),
        (I, "environ 13 940 personnes ont été exposées lors de l'essai BRAVO en 1954 et que, en l'absence de toute exposition, le nombre de cancers observés depuis lors aurait dû se limiter à environ 5 600, mais que l'on peut craindre, dans les années à venir, au moins 530 nouveaux cas concernant pour une grande part des personnes encore très jeunes au moment du test de 1954", "institut-national-du-cancer"),
    ]),
    ("wn-031", 384, 392, [
        (I, "une possible victoire du « non » lors de la consultation", None),
        (I, "sur 32 % des personnes certaines d'aller voter, 52 % auraient l'intention de voter « non » tandis que 48 % opteraient pour le « oui »", "institut-maurice-de-hond"),
        (P, "l'Europe apporte aux Pays-Bas plus d'inconvénients que d'avantages", None),
        (I, "un score encore plus large pour le « non »", "institut-ipp"),
        (I, "le « non » pourrait atteindre le score de 58,2 %, devançant largement le « oui » crédité de seulement 41,2 %", "institut-ipp"),
        (I, "une large victoire du « oui », de l'ordre de 64 %, face au « non » crédité de 36 % seulement", "institut-interview-nss"),
        (I, "si la participation au référendum du 1er juin dépassait les 30 % et se soldait par une victoire du « non », ils entendaient tenir compte du résultat du vote consultatif du 1er juin et voter dans le même sens lors du vote de ratification par voie parlementaire", None),
    ]),
    ("wn-032", 393, 400, [
        (P, "tendait la main à l'administration chypriote grecque", "mehmet-ali-talat"),
        (I, "ses concitoyens étaient favoralbles à la paix, à un règlement politique du problème chypriote et à une intégration rapide dans l'Union européenne via la réunification souhaitée des deux parties de l'île", "mehmet-ali-talat"),
    ]),
    ("wn-033", 409, 422, [
        (D, "La signature du traité d'adhésion signifie que nous avons cessé d'être un pays de second rang.\nC'est la meilleure preuve que nous avons respecté nos engagements et que nous avons mis en œuvre les réformes européennes.\nNous avons montré que la foi des Roumains dans leur pays et dans leur avenir au sein de ce pays est justifiée.\nC'est la raison pour laquelle je crois qu'il est grand temps pour tous les Roumains de se montrer fiers de leur pays.\nNous rejoindrons l'Union européenne le 1er janvier 2007.\nC'est mon engagement en tant que Premier ministre.\nCela ne sera pas facile parce que nous devrons mettre en application des réformes qui ont été retardées depuis 15 ans.\nMais ce n'est pas une tâche impossible.", None),
    ]),
    ("wn-034", 423, 427, [
        (D, "Le risque d'importation dans des zones indemnes de la poliomyélite subsiste tant que des cas continuent de se produire où que ce soit dans le monde.\nL'OMS prie donc instamment tous les pays de maintenir et même de renforcer la surveillance de la PFA, ainsi que l'immunité des populations.", "organisation-mondiale-de-la-sante"),
    ]),
    ("wn-035", 428, 439, [
        (D, "Habemus Papa Schulz", None),
        (P, "au nom du Père, du Fils et du IIIe Reich", None),
        (P, "devant la gravité de l'offense", "conference-des-eveques-de-france"),
        (P, "le CSA afin que les mesures qui s’imposent soient prises dans les meilleurs délais", "conference-des-eveques-de-france"),
        (P, "[cette séquence] travestit d’une manière inacceptable la figure du Pape et les valeurs qu’il incarne et elle assimile tout ressortissant allemand au plus abominable des régimes", "conference-des-eveques-de-france"),
        (P, "indignation", "conseil-representatif-des-institutions-juives-de-france"),
        (P, "si les auteurs de cette émission avaient eu le même âge et étaient nés dans le même pays que le Pape, il est plus que vraisemblable qu'ils auraient été membres de cette organisation", "conseil-representatif-des-institutions-juives-de-france"),
        (P, "dans toute son activité ultérieure, Joseph Ratzinger a largement montré son refus de l'antisémitisme et nous sommes convaincus que son expérience de jeunesse aura contribué à le fortifier dans le rejet de tout racisme", "conseil-representatif-des-institutions-juives-de-france"),
        (P, "fidèle à sa vocation de défense des chrétiens injuriés, [elle engageait] les procédures visant à empêcher que de telles diffamations et injures continuent et à obtenir condamnation pour les scandaleuses offenses déjà commises", "bernard-antony"),
        (P, "exprime ses regrets", "canal-plus"),
        (P, "le caractère outrancier et déplacé de cette séquence", "canal-plus"),
        (P, "renouvelle ses excuses auprès de tous ceux qu'elle a pu heurter", "canal-plus"),
        (P, "la caricature concernant la jeunesse de Benoît XVI était un raccourci malheureux, mais en aucun cas destiné à choquer", "yves-le-rolland"),
        (D, "Le jeune Joseph Ratzinger à l'époque, il avait 11 ans, jusqu'à 15 ans, a connu la fin de cette période, dans un milieu catholique et anti-nazi.\n(...) Quand j'avais 11 ans, j'ai passé un mois en Allemagne, en 1936, j'étais sous un faux prénom1, j'ai joué avec des jeunes qui étaient aux Jeunesses hitlériennes, leurs parents étaient des anti-nazis.\nIls étaient tous obligés de mettre leurs enfants aux Jeunesses hitlériennes, comme ensuite dans la République démocratique d'Allemagne la jeunesse était embrigadée dans les jeunesses communistes", "jean-marie-lustiger"),
    ]),
    ("wn-036", 445, 448, []),
    ("wn-037", 449, 452, [
        (I, "Google projette de numériser plus de 15 millions de livres (4,5 milliards de pages) sur 6 ans", "jean-noel-jeanneney"),
        (I, "ce n'est pas une mainmise américaine sur la connaissance de l'humanité", "jean-noel-jeanneney"),
        (I, "le savoir ne doit pas passer par le filtre d'un seul État, d'une seule culture et que l'Europe doit réagir rapidement", "jean-noel-jeanneney"),
    ]),
    ("wn-038", 468, 478, [
        (P, "se battre", "fabre"),
        (I, "fraude électorale", None),
        (P, "cohésion nationale", "faure-gnassingbe"),
        (I, "un gouvernement d'Union nationale", None),
    ]),
    ("wn-039", 479, 483, [
        (I, "contrôler son industrie pour éviter un désastre économique en Europe mais aussi dans de nombreux pays extérieurs à la Zone Euro", "union-europeenne"),
        (D, "Il n'y a pas eu de préparation, et maintenant ils se plaignent", "supachai-panitchpakdi"),
        (I, "éviter de limiter les importations chinoises avant un an", "supachai-panitchpakdi"),
        (P, "bon sens", "thierry-breton"),
        (I, "l'industrie française est prête depuis quatre ans alors que la France est en négociation avec le gouvernement chinois", "thierry-breton"),
    ]),
    ("wn-040", 487, 493, [
        (I, "les accusations de l'IPN (Institut de la mémoire nationale) qui portaient sur sa collaboration avec les services de sécurité communistes polonais (SB)", "konrad-hejmo"),
        (P, "absurde", "konrad-hejmo"),
        (P, "dossiers attestant que le père Konrad Stanislaw Hejmo collaborait secrètement dans les années 1980 avec les services de sécurité de la Pologne communiste", "leon-kieres"),
        (I, "il pouvait s'agir de ses articles écrits depuis 1979 en tant que directeur adjoint au service de presse épiscopal de Pologne à Rome", "konrad-hejmo"),
        (I, "ces publications aient été enregistrées et utilisées par les services polonais", "konrad-hejmo"),
        (P, "sollicité", "konrad-hejmo"),
    ]),
    ("wn-041", 494, 495, [
        (I, "le chômage aurait augmenté, en France, de 0,3 % au mois de mars (soit une augmentation de 2,1 % en un an)", "institut-national-de-la-statistique-et-des-etudes-economiques"),
    ]),
    ("wn-042", 509, 521, [
        (I, "des hommes en civil, armés et cagoulés auraient tiré puis mis le feu au centre allemand", None),
        (I, "soutenir l'opposition", "gouvernement-togolais"),
        (P, "suicidaire", "francois-esso-boko"),
        (I, "se soulever contre Faure Gnassingbé", "jean-pierre-fabre"),
        (I, "être la source de cette recrudescence de violence", None),
        (P, "de parti pris", None),
    ]),
    ("wn-043", 522, 534, []),
    ("wn-044", 552, 562, [
        (P, "prendre sa retraite", "jean-marie-le-pen"),
        (I, "M.\nLe Pen puisse de nouveau être candidat à l'élection présidentielle française d'avril-mai 2007, tout en ayant auparavant cédé les rênes du parti à Bruno Gollnisch, actuel délégué général", None),
        (P, "était le mieux à même de [lui] succéder à la tête du FN le jour venu", "jean-marie-le-pen"),
        (D, "Oui, si Dieu le veut.\nTant que j'aurai la force, la lucidité, l'entrain pour mener le combat, je le ferai.", "jean-marie-le-pen"),
        (P, "être inutile au Front national, à son unité, à son dynamisme, à son prestige national et international", "jean-marie-le-pen"),
        (P, "plus la force d'occuper la place [qu'il] occupe", "jean-marie-le-pen"),
        (I, "son intention de concourir à la prochaine élection présidentielle", "jean-marie-le-pen"),
        (I, "comme en 2002, la collecte des 500 parrainages de maires puisse être difficile", "jean-marie-le-pen"),
        (P, "la nation reste un cadre performant indispensable pour assurer la sécurité, la liberté, la prospérité, l’identité, la culture, la langue d’un peuple.\nÀ partir de la nation, toutes les formes de coopération sont possibles, elles ont déjà existé", "jean-marie-le-pen"),
    ]),
    ("wn-045", 563, 571, [
        (I, "son intention de venir en aide aux Palestiniens, notamment par l'apport d'une aide technique, des fournitures matérielles et une coopération avec les services de sécurité palestiniens pour améliorer leur formation", "vladimir-putin"),
        (I, "la Russie fournisse des véhicules de patrouille blindés pour les forces de l'ordre palestiniennes", None),
        (I, "la tenue à Moscou, à l'automne 2005, d'un sommet pour la paix au Proche-Orient, qui aurait notamment réuni Israël, les Palestiniens et leurs voisins, ainsi que divers autres responsables de haut rang des États-Unis, de la Russie, de l'Union européenne et de l'Organisation des Nations unies", "vladimir-putin"),
        (I, "plutôt que de réunir des chefs d'État et de gouvernement, de se contenter de faire une réunion d'experts de haut niveau", "vladimir-putin"),
    ]),
    ("wn-046", 576, 586, [
        (I, "devait expirer dans la nuit du 1er au 2 mai, à minuit, ou bien être prorogé", "gyanendra"),
        (I, "l'échec de son ancien gouvernement face à la rébellion maoïste qui, dans son pays, aurait causé la mort de plus de 11 000 personnes depuis 1996", "gyanendra"),
        (I, "auraient procédé à plus de 3 000 arrestations depuis février", "amnesty-international"),
        (I, "rétablir au plus vite la démocratie et les libertés constitutionnelles dans son pays", None),
        (I, "les diverses rencontres diplomatiques, et surtout celle avec le Premier ministre indien (I have taken the views expressed by Mr Singh seriously, « J'ai pris très au sérieux les vues exprimées par M. Singh »), allaient le conduire à prendre rapidement de nouvelles décisions", "gyanendra"),
        (D, "J'ai pris très au sérieux les vues exprimées par M. Singh", "gyanendra"),
        (I, "le roi ne souffle mot, pour le moment, d'une cessation des activités de la Commission royale pour le contrôle de la corruption (CRCC), alors qu'il était initialement prévu qu'elle cesse ses activités peu après la levée de l'état d'urgence, et que le roi a justement signé de nouveaux décrets, vendredi 29 avril, censés améliorer le fonctionnement de cette instance", None),
        (I, "la volonté d'apaisement du souverain est contradictoire avec l'arrestation, opérée mercredi 27 avril, de l'ancien Premier ministre, Sher Bahadur Deuba, dirigeant du Parti du Congrès, dont le maintien en détention semble actuellement prévu pour une durée d'une semaine", None),
        (P, "c'est une évolution positive.\nMais tous les détenus politiques doivent être relâchés et le roi devrait rétablir la démocratie, ouvrir des discussions avec les partis politiques et activer le processus constitutionnel", "gopal-man-shrestha"),
    ]),
    ("wn-047", 587, 599, [
        (I, "faire partie de la Cedeao (Communauté économique des États d'Afrique de l'Ouest) qui a validé l'élection où Faure Gnassingbé, fils d'Éyadéma Gnassingbé dictateur mort cet hiver a été officiellement élu", None),
        (I, "mensonge", None),
        (I, "exactions anti-africaines commises par des néonazis allemands", None),
        (I, "M. Grohmann, directeur du centre culturel incendié dans la nuit du jeudi au vendredi aurait été un SS pendant la guerre", None),
        (I, "sa préoccupation concernant la situation togolaise", "united-nations"),
    ]),
    ("wn-048", 618, 625, [
        (P, "à la verticale", "tony-dupleix"),
        (I, "sa proposition innovante à la fois pour des raisons d'économie et dans un souci de protection de l'environnement", "tony-dupleix"),
        (I, "d'économiser 90 kg de gaz pour chaque incinération de corps, ainsi que les coûts de maintenance des appareillages situés dans les crématoriums", "tony-dupleix"),
        (I, "d'autres peuvent préférer les enterrements ou crémations traditionnels", "annie-jamieson"),
        (I, "ce nouveau type d'inhumation peut présenter de l'intérêt pour certains, par exemple pour les personnels préoccupées par la protection de l'environnement, ou celles qui apprécieront de reposer dans un cadre agréable, à proximité du mont Elephant", "annie-jamieson"),
    ]),
    ("wn-049", 626, 637, [
        (I, "il souhaitait ouvrir le dialogue avec les dirigeants de la République populaire de Chine (Pékin)", "chen-shui-bian"),
        (P, "frères ennemis", None),
        (P, "promesses illégales", "frank-hsieh"),
        (D, "Il ne s'agit pas de savoir quelle personnalité ou quel parti politique la Chine préfère, il faudra bien qu'elle rencontre le dirigeant élu par le peuple de Taïwan et le gouvernement de Taïwan.\nCe sera la meilleure voie pour ouvrir le dialogue politique et pour normaliser les relations bilatérales.", "chen-shui-bian"),
    ]),
    ("wn-050", 643, 656, [
        (I, "leur désaccord formel avec les conclusions du rapport d'enquête américain sur l'affaire Calipari, publié la veille", None),
        (P, "contre-rapport", None),
        (I, "l'Italie refusait d'accréditer les conclusions du rapport élaboré par les enquêteurs militaires américains, les deux délégués italiens refusant d'y apposer leur signature", None),
        (I, "les agents italiens n'avaient pas prévenu les militaires américains de leur intention de se rendre à l'aéroport de Bagdad et qu'ils ont par la suite pas tenu compte des avertissements lumineux leur enjoignant d'arrêter leur véhicule", "forces-armees-americaines-en-irak"),
        (I, "le conducteur n'avait pas non plus tenu compte de deux tirs de sommation, le véhicule n'ayant commencé à ralentir que lorsqu'a été titée une salve de projectiles (une quarantaine de balles en l'espace de quatre secondes, dont 11 ont touché le véhicule ou ses occupants)", "forces-armees-americaines-en-irak"),
        (I, "aucune mesure disciplinaire ne soit prise à l'encontre d'aucun soldat américain impliqué dans l'incident", "peter-vangjel"),
        (I, "les autorités italiennes n'auraient pas averti leurs alliés américains de l'opération de libération de Mme Sgrena", "peter-vangjel"),
        (P, "si les soldats américains ont vraiment respecté les règles d'engagement (...) cela signifie que les règles d'engagement1 sont mauvaises", "roberto-calderoli"),
        (P, "malgré les nombreux points sur lesquels les deux parties ont observé des jugements similaires, les principaux aspects sur lesquels il n'était pas possible d'indiquer avec précision des évaluations partagées concernent les règles d'engagement et la coordination avec les autorités compétentes en Irak", "ministere-des-affaires-etrangeres-italien"),
        (P, "tout ceci ressortira très clairement du rapport italien, en cours d'élaboration, qui sera rendu public lundi à 18 h (16 h GMT)", "ministere-des-affaires-etrangeres-italien"),
        (P, "l'enquête a conclu que le véhicule qui s'approchait du barrage avait omis de ralentir jusqu'à ce qu'il soit la cible de tirs et que les soldats en poste au barrage avaient agi conformément aux règles d'engagement", "forces-armees-americaines-en-irak"),
    ]),
    ("wn-051", 657, 659, [
        (I, "conforme à la constitution française la loi créant le registre international français", "conseil-constitutionnel"),
        (I, "ne pas promulguer la loi", "groupe-socialiste-de-l-assemblee-nationale"),
        (P, "demander au Parlement une nouvelle délibération de ce texte", "groupe-socialiste-de-l-assemblee-nationale"),
    ]),
    ("wn-052", 675, 683, [
        (I, "son départ du FPÖ et la prochaine création d'une nouvelle formation politique autrichienne, la Bündnis Zukunft Österreich (BZÖ, « Alliance pour l'avenir de l'Autriche »)", "jorg-haider"),
        (I, "sa détermination de rester au FPÖ", None),
        (I, "son intention de poursuivre son alliance avec le Parti populaire autrichien (ÖVP, Österreichische Volkspartei) jusqu'au terme de l'actuelle législature, en novembre 2006", "jorg-haider"),
        (I, "M. Haider, qui a récemment fait un voyage au Canada, y aurait rencontré à cette occasion le milliardaire canadien d'origine autrichienne Frank Stronach, dirigeant de la firme Magna, et aurait reçu de lui des assurances de financement privé en l'échange d'une mise à l'écart de la fraction la plus droitière de son courant politique", None),
        (I, "il ne voyait pas de raison pour interrompre l'alliance en cours", "wolfgang-schussel"),
    ]),
    ("wn-053", 690, 694, [
        (I, "tous les partis politiques népalais pour lancer une initiative commune en faveur de la restauration des droits de l'homme et de la démocratie dans le pays", "madhav-kumar-nepal"),
        (I, "le maintien de mesures d'exception dans le pays et la prolongation du séjour en prison de divers hommes politiques", "madhav-kumar-nepal"),
        (I, "aucun dialogue ne pourrait être entamé avec le roi tant que celui-ci ne rendrait pas le pouvoir au peuple et ne libèrerait pas tous les prisonniers politiques", "madhav-kumar-nepal"),
        (I, "une prolongation de la détention de 175 détenus politiques", "ministere-de-l-interieur"),
    ]),
    ("wn-054", 699, 702, [
        (I, "l'article 19 de la Déclaration Universelle des Droits de L'Homme", "koichiro-matsuura"),
    ]),
    ("wn-055", 703, 707, [
        (I, "les premières baisses ne seront visibles au niveau du consommateur que fin 2005, voir 2006", None),
        (I, "elle tiendrait compte du malaise européen en ce qui concerne ses importations de textiles", "chine"),
        (I, "l'UE était informée et aurait pu réagir avant", "chine"),
    ]),
    ("wn-056", 717, 723, [
        (I, "l'absence de faute de la part des douze militaires américains impliqués dans l'incident", "etats-unis"),
        (I, "négligé d'informer les troupes américaines de l'opération en cours", "etats-unis"),
        (I, "l'enquête judiciaire n'était pas close et que rien ne permettait de préjuger qu'elle ne déboucherait pas sur des inculpations pour homicide volontaire", "parquet-de-rome"),
    ]),
    ("wn-057", 724, 734, [
        (P, "porte pas une atteinte grave et manifestement illégale à la liberté de religion, d'association, au droit au respect de la vie privée", "conseil-d-etat"),
        (P, "fondamentale", "conseil-d-etat"),
        (P, "requête sur le fond", "confederation-francaise-des-travailleurs-chretiens"),
        (P, "une convention, un accord de branche ou un accord d'entreprise", None),
        (I, "la grève le 16 mai", None),
        (I, "est très inégale et repose entièrement sur les travailleurs", None),
        (I, "ne pas envoyer leurs enfants en classe ce jour-là", "federation-des-conseils-de-parents-d-eleves"),
    ]),
    ("wn-058", 735, 740, [
        (I, "15 morts et de près de 40 blessés", "sify-news"),
        (I, "des chiffres nettement plus élevés : 27 morts et des douzaines de blessés", "xinhua"),
        (I, "son gouvernement envisageait de s'installer à demeure dans la capitale si la sécurité revenait", "ali-mohamed-gedi"),
    ]),
    ("wn-059", 741, 748, [
        (P, "sa détermination à poursuivre ses activités dans tous les domaines légaux de la technologie nucléaire, y compris l'enrichissement, exclusivement à des fins pacifiques", "kamal-kharazi"),
        (P, "un droit légitime", "kamal-kharazi"),
        (P, "très certainement reprendre", "hamid-reza-assefi"),
        (P, "concernait pas l'enrichissement", "hamid-reza-assefi"),
    ]),
    ("wn-060", 749, 763, [
        (I, "prend effet mercredi 4 mai", "israel-maimon"),
        (I, "son opposition formelle au plan de retrait de la bande de Gaza élaboré par M. Sharon", "nathan-chtcharanski"),
        (I, "son exigence d'un référendum au niveau national", "nathan-chtcharanski"),
        (P, "concessions unilatérales faites aux Palestiniens", "nathan-chtcharanski"),
        # line 763 repeats line 762 in the data file: both occurrences are annotated
        (P, "le plan de désengagement comme une erreur tragique que l'on paie au prix fort et qui encourage le terrorisme", "nathan-chtcharanski"),
        (P, "dans la mesure où la seule justification de l'existence de ce gouvernement dans sa composition actuelle est l'application du plan de désengagement", "nathan-chtcharanski"),
        (I, "il ne pensait pas qu'il puisse en faire partie", "nathan-chtcharanski"),
        (P, "le plan de désengagement comme une erreur tragique que l'on paie au prix fort et qui encourage le terrorisme", "nathan-chtcharanski"),
        (P, "dans la mesure où la seule justification de l'existence de ce gouvernement dans sa composition actuelle est l'application du plan de désengagement", "nathan-chtcharanski"),
        (I, "il ne pensait pas qu'il puisse en faire partie", "nathan-chtcharanski"),
    ]),
    ("wn-061", 764, 776, [
        (P, "de cohésion nationale", "faure-gnassingbe"),
        (P, "quelqu'un qui représente moins de 10 % des électeurs", "union-des-forces-du-changement"),
        (I, "intervenir et à affirmer l'invalidité du scrutin", None),
        (I, "l'organisation d'élections législative et présidentielle dans endéans six mois", None),
        (P, "la continuation du règne de »Gnassingbé 1er«", "olympio"),
        (I, "Il y aurait eu de entre 50 et 100 morts", None),
        (I, "cette confirmation comme le début d'une période plus calme", None),
        (P, "de fraude qu'en Afghanistan ou au Zimbabwe", None),
    ]),
    ("wn-062", 777, 783, [
        (I, "Abou Faraj al-Libbi, considéré comme étant numéro trois d'Al-Quaida avait été arrêté le week-end dernier au Pakistan", None),
        (I, "une prime de cinq millions de dollars pour sa capture", "etats-unis"),
        (I, "l'organisateur des deux tentatives d'attentats le visant en décembre 2003", "musharraf"),
        (P, "Al-Libbi était un général de premier plan pour Ben Laden, un des organisateurs principaux pour le réseau d'Al-Qaida", "george-bush"),
        (P, "victoire essentielle dans la guerre contre le terrorisme", "george-bush"),
    ]),
    ("wn-063", 784, 791, [
        (P, "genre d'actes\nlâches", "nawzad-hadi"),
        (P, "le déraciner", "nawzad-hadi"),
        (P, "nos frères torturés dans vos prisons", "armee-d-ansar-al-sounna"),
        (P, "pershmergas infidèles qui se sont livrées aux croisés", "armee-d-ansar-al-sounna"),
    ]),
    ("wn-064", 792, 799, [
        (I, "un appel à la grève pour tous les personnels enseignants, de le Recherche et de la jeunesse et des Sports, pour la journée du 16 mai 2005", None),
        (I, "s’ouvrent des négociations sur la meilleure façon d’assurer la nécessaire solidarité", None),
        (I, "l’ensemble des personnels de l’Education, de la Recherche Publique, de la Jeunesse et des Sports à faire du 16 mai une journée de grève et d’initiatives multiples pour une véritable politique de solidarité et pour leurs revendications en matière de services publics, d’école, d’emploi, de salaires et de protection sociale", None),
        (I, "ne pas envoyer leurs enfants à l'école ce jour-là", "federation-des-conseils-de-parents-d-eleves"),
        (P, "contribuer financièrement à cette journée de solidarité", "federation-des-conseils-de-parents-d-eleves"),
    ]),
    ("wn-065", 800, 810, [
        (I, "des résultats qu'ont pu avoir, dans divers pays d'Afrique, certaines campagnes de prévention", None),
        (I, "des progrès sensibles observés dans cinq districts de Zambie, où une proportion estimée à 80 % des enfants de moins de cinq ans dormiraient à présent sous des moustiquaires imprégnées, tandis qu'au Togo, le pourcentage de familles disposant d'au moins une moustiquaire imprégnée aurait dépassé les 62 % selon des chiffres de décembre 2004", None),
        # lines 806-807 repeat line 805 in the data file: both occurrences are annotated
        (P, "le paludisme reste actuellement la maladie infectieuse qui provoque le plus de décès d'enfants en Afrique – trois fois plus que l'infection due au VIH", "ann-m-veneman"),
        (P, "si nous voulons réduire sensiblement le nombre des décès d'enfants au cours de la prochaine décennie, il faut davantage mettre l'accent sur la lutte antipaludique", "ann-m-veneman"),
        (P, "le paludisme reste actuellement la maladie infectieuse qui provoque le plus de décès d'enfants en Afrique – trois fois plus que l'infection due au VIH", "ann-m-veneman"),
        (P, "si nous voulons réduire sensiblement le nombre des décès d'enfants au cours de la prochaine décennie, il faut davantage mettre l'accent sur la lutte antipaludique", "ann-m-veneman"),
        (I, "selon les statistiques dont dispose son organisation, le paludisme tuerait un enfant africain toutes les 30 secondes", "ann-m-veneman"),
        (I, "une somme annuelle de 3,2 milliards de dollars (américains) pour augmenter les chances de succès dans la lutte contre la maladie", None),
    ]),
    ("wn-066", 811, 827, []),
    ("wn-067", 845, 855, [
        (I, "un compromis qui pourrait permettre de débloquer les négociations sur une éventuelle réduction de la TVA (taxe à valeur ajoutée) pour la restauration française", "presidence-luxembourgeoise-de-l-union-europeenne"),
        (I, "une baisse de la TVA de 19,6 à 5,5% pour la restauration", "jacques-chirac"),
        (P, "mécanisme limité de flexibilité", "luxembourg"),
        (P, "nature locale et qui ne soulèvent pas de distorsions de concurrence sur le marché intérieur", "luxembourg"),
        (D, "il n'y a aucun doute que nous aurons la TVA réduite début 2006.\nLe cadeau sera alors pour les clients, les salariés et les fournisseurs", "andre-daguin"),
        (D, "il reste à convaincre l'ensemble de nos amis et partenaires de l'Union européenne", "jean-francois-cope"),
        (I, "ses restaurateurs pourraient aussi revendiquer une baisse de la TVA", "gouvernement-allemand"),
    ]),
    ("wn-068", 856, 864, [
        (P, "une partie", "ibm"),
        (P, "volontaire", "ibm"),
        (P, "départs involontaires", "ibm"),
        (P, "d'améliorer son efficacité, de renforcer ses activités en contact avec ses clients et de saisir des opportunités dans des marchés en forte croissance", "ibm"),
        (P, "dont la croissance tourne au ralenti", "ibm"),
    ]),
    ("wn-069", 865, 878, [
        (I, "les travaillistes recueilleraient 41% des voix, les conservateurs de Michael Howard 27%, et les libéraux-démocrates de Charles Kennedy étaient accrédités de 23% des intentions de vote", None),
        (I, "le vote utile est un vote bloquant les conservateurs", "tony-blair"),
        (D, "Il y a trois manières d'avoir un député tory conservateur, la première est de voter tory, la deuxième est de rester à la maison, la troisième est de voter libéral-démocrate", "tony-blair"),
        (I, "le premier ministre leur a menti à propos des causes de cette guerre incomprise", None),
        (I, "le bilan de deux mandats travaillistes, notamment sur l'immigration et la criminalité", "michael-howard"),
        (P, "menteur", "michael-howard"),
        (I, "l'Irak n'est que la onzième préoccupation des électeurs, loin derrière (dans l'ordre) la santé, l'éducation, la criminalité, l'immigration ou l'économie", None),
        (P, "le moindre mal", None),
    ]),
    ("wn-070", 879, 894, [
        (P, "tenu des dizaines de conférences vidéo", "michel-aoun"),
        (P, "porté atteinte aux relations du Liban avec un pays ami", "justice-libanaise"),
        (P, "to undermine sisterly relations between Lebanon and Syria and expose the country to the danger of hostilities", "daily-star"),
        (I, "l'abandon de trois des chefs d'inculpation", "jihad-al-wadi"),
        (P, "porté atteinte aux relations du Liban avec un pays ami", "justice-libanaise"),
        (P, "fier de son témoignage devant le Congrès", "michel-aoun"),
        (I, "son intention de mettre fin à son exil dès le samedi 7 mai et de retourner au Liban", "michel-aoun"),
        (I, "reste à accomplir", "michel-aoun"),
        (P, "supra-confessionnelle", "michel-aoun"),
        (P, "nouveau", "michel-aoun"),
        (P, "retour triomphal", "daily-star"),
    ]),
    ("wn-071", 895, 909, [
        (I, "un peu plus de quatre heures après l'ouverture des bureaux de vote, le taux de participation dans la bande de Gaza aurait atteint les 40 %", "commission-electorale-de-la-bande-de-gaza"),
        (I, "avoir remporté la victoire en sièges", None),
        (P, "jeu égal", None),
    ]),
    ("wn-072", 910, 919, [
        (P, "troisième homme", "terry-nichols"),
        (I, "outre Timothy McVeigh (qui fut exécuté par injection létale le 11 juin 2001), la conspiration aurait inclus une troisième personne, M. Roger Moore, collectionneur d'armes résidant au Kansas, qui aurait fourni divers explosifs chimiques (du Kinestif, un explosif très dangereux à base de nitrate d'ammonium et de nitrométhane) et divers autres composants ayant servi dans la camionnette piégée que M. McVeigh avait garée devant l'Alfred P. Murrah Building où 168 personnes trouvèrent la mort", "terry-nichols"),
        (I, "avoir eu le moindre lien avec les conspirateurs", "roger-moore"),
        (I, "ne même pas savoir à quoi ressemblent les explosifs mentionnés dans la lettre de M. Nichols ni à quoi ils peuvent servir", "roger-moore"),
        (I, "dans le cadre de l'enquête de grande envergure diligentée juste après l'attentat, il avait été entendu pendant plusieurs heures par les agents du FBI, puis qu'il avait subi avec succès deux passages devant un détecteur de mensonges dans deux États différents", "roger-moore"),
        (I, "la crédibilité des affirmations de M. Nichols", None),
        (I, "l'on pourrait s'acheminer vers une réouverture de l'enquête devant les Congrès", "the-guardian"),
        (I, "il avait déposé une requête pour rencontrer M. Nichols sur son lieu de détention", "dana-rohrabacher"),
    ]),
    ("wn-073", 920, 935, [
        (P, "détournement de fonds, recel d'argent et de titres volés, blanchiment d'argent et d'association de malfaiteurs", None),
        (I, "du supposé détournement d'une somme de 9 millions de dollars américains allouée par le département américain de l'Énergie pour améliorer la sécurité des installations nucléaires russes", None),
    ]),
    ("wn-074", 936, 959, [
        (D, "(...) M. Blair va gagner un troisième mandat pour le Labour.\nJe le félicite", "michael-howard"),
        (P, "agir sur les sujets qui importent réellement aux gens de ce pays", "michael-howard"),
        (P, "un pas significatif", "michael-howard"),
        (D, "je crois qu'il est préférable pour moi de démissionner", "michael-howard"),
        (P, "l'ère d'un système politique à trois partis à travers le pays", "charles-kennedy"),
        (I, "de centre-droit", None),
        (P, "les gens ont souhaité le retour d'un gouvernement travailliste, mais avec une majorité réduite", "tony-blair"),
        (D, "je sais que l'Irak a divisé le pays (...) mais j'espère que nous pourrons à nouveau nous unir et regarder vers l'avenir", "tony-blair"),
        (I, "Affaibli par les résultats moyens, pourrait démissionner d'ici à un an et demi", None),
    ]),
    ("wn-075", 960, 971, [
        (D, "Le Fatah a obtenu 59,9 % des suffrages exprimés, contre 33,3 % au Hamas", "comite-superieur-pour-les-elections-des-collectivites-locales"),
        (I, "il contestait l'élection municpale", "hamas"),
        (D, "Nous avons recueilli la majorité des suffrages et contrôlons 46 municipalités sur 78 qui étaient en jeu.\nNous avons en outre soutenu des formations de gauche et des indépendants qui se sont imposés dans d'autres mairies", "hamas"),
    ]),
    ("wn-076", 972, 972, [
        (D, "Nous savons que les journalistes ne peuvent pas couvrir tous les sujets, a déclaré Shashi Tharoor, mais nous pensons que partout dans le monde, les populations ont besoin d'en savoir plus sur les sujets dont nous publions la liste", "shashi-tharoor"),
    ]),
    ("wn-077", 973, 989, [
        (I, "surtout pour ce qui concerne Mme Veil, le statut des membres du conseil est incompatible avec l'exercice d'une activité politique", None),
        (I, "l'ancienne ministre de la Santé et ancienne présidente du Parlement européen aurait dû démissionner de ses fonctions et non demander un congé1", None),
        (P, "mettre en congé", "simone-veil"),
        (D, "Il n'a pas de leçon à me donner.", "simone-veil"),
        (P, "toutes ses précautions", "simone-veil"),
        (P, "parfaitement [se] mettre en congé sans avoir à démissionner", "simone-veil"),
        (I, "s'il y avait un recours à l'encontre du référendum après la date du scrutin – donc après son retour au sein de l'institution –, elle ne siègerait pas dans les délibérations relatives à ce recours", "simone-veil"),
        (I, "un troisième membre du Conseil constitutionnel est intervenu dans le débat référendaire sans que nul n'ait jusqu'ici songé à en faire publiquement la remarque", "robert-schneider"),
        (I, "le cas de Pierre Joxe qui, bien que n'étant intervenu sur le sujet ni à la radio ni à la télévision, n'en a pas moins participé à plusieurs réunions publiques en faveur du « non » au référendum", "robert-schneider"),
        (I, "la « mise en congé » expressément prévue par l'[http://www.conseil-constitutionnel.fr/textes/obmbr.htm#2 article 4 du décret n° 59-1292 du 13 novembre 1959 sur les obligations des membres du Conseil constitutionnel] ne s'appliquerait pas au cas de Mme Veil", None),
        (P, "tout membre du Conseil constitutionnel qui entend solliciter un mandat électif doit demander sa mise en congé pour la durée de la campagne électorale.\nLa mise en congé est de droit.", None),
        (I, "il n'est nulle part écrit, dans les textes statutaires, que cette mise en congé peut s'appliquer à autre chose qu'une campagne électorale dans le but de briguer un mandat électif", None),
    ]),
    ("wn-078", 990, 997, [
        (I, "cette démission était un respect de l'engagement pris, lors de sa nomination le 2 mai 2004, de ne gouverner que pendant un an seulement", "marek-belka"),
        (I, "voter une motion d'auto-dissolution", "marek-belka"),
        (I, "si cette dissolution n'était pas votée, il présenterait sa démission", "marek-belka"),
        (I, "dans la perspective d'un prochain sommet du Conseil de l'Europe, se réunissant les 16 et 17 mai à Varsovie, il désapprouverait toute instabilité politique durant cette période et que, pour sa part, il ne voyait pas l'utilité d'avancer de trois mois la date des élections législatives", "aleksander-kwasniewski"),
    ]),
]


def main() -> int:
    lines = DATA.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errors = []
    seen_ids = set()
    last_end = 0
    out = []
    for sid, a, b, quotes in STORIES:
        if sid in seen_ids:
            errors.append(f"{sid}: duplicate id")
        seen_ids.add(sid)
        if not (1 <= a <= b <= len(lines)) or a <= last_end:
            errors.append(f"{sid}: bad or overlapping line range {a}-{b}")
        last_end = b
        body = "\n".join(lines[a - 1:b])
        items = []
        for kind, text, speaker in quotes:
            if kind not in KINDS:
                errors.append(f"{sid}: invalid kind {kind!r}")
            if not text or text not in body:
                errors.append(f"{sid}: quote not verbatim in body: {text!r}")
            if speaker is not None and not SLUG.match(speaker):
                errors.append(f"{sid}: speaker id is not a slug: {speaker!r}")
            items.append({"kind": kind, "text": text, "speaker_id": speaker})
        for text in {q[1] for q in quotes}:
            wanted = sum(1 for q in quotes if q[1] == text)
            if body.count(text) < wanted:
                errors.append(f"{sid}: {wanted} quotes {text!r} but only {body.count(text)} occurrences in body")
        out.append({"id": sid, "language": "fr", "title": None, "body": body,
                    "origin": f"frwikinews lines {a}-{b}", "quotes": items})
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    qs = [q for r in out for q in r["quotes"]]
    by_kind = {k: sum(1 for q in qs if q["kind"] == k) for k in sorted(KINDS)}
    named = sum(1 for q in qs if q["speaker_id"])
    print(f"{len(out)} stories, {len(qs)} quotes {by_kind}, {named} with a speaker -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
