"""Writes extraction-gold.jsonl from the hand-annotated quotes below and in authored_sentences.py.

The quotes of the five sample articles were read and written down by hand; the article text is copied
from samples/articles so each gold line is self-contained. Run from the repository root:
    python3 samples/gold/build_gold.py
"""
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from authored_sentences import EN, FR

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "samples" / "articles"

SAMPLES = {
 "000": [
  ("headline", "Poutine baisse la tête après le retrait de Kherson et est rayé du G20 où Biden et Xi prévoient de se rencontrer", None),
  ("direct", "Une nouvelle victoire pour Kiev", "jens-stoltenberg"),
  ("indirect", "les forces russes se déplaceraient sur la rive ouest du Dniepr", "sergei-surovikin"),
  ("indirect", "qu’il ne participerait pas au sommet du G20 qui aura lieu la semaine prochaine à Bali, en Indonésie", "vladimir-putin"),
  ("partial", "les dirigeants discuteront des efforts pour maintenir et approfondir les lignes de communication entre les Etats-Unis et la République populaire de Chine", "white-house"),
  ("direct", "Le président Biden estime qu’il est essentiel de jeter les bases de cette relation et de s’assurer qu’il existe des règles pour notre concurrence", None),
  ("indirect", "l’expulsion de Moscou du groupe", None),  # noun-phrase / infinitive report, added 2026-12-01
  ("indirect", "sa participation à l’événement", 'xi-jinping'),  # noun-phrase / infinitive report, added 2026-12-01
 ],
 "001": [
  ("headline", "Poutine veut rencontrer Biden au G20", None),
  ("indirect", "un dialogue ne serait possible qu'avec un autre dirigeant au lieu de Vladimir Poutine", "volodymyr-zelensky"),
  ("direct", "L'ennemi a lancé une deuxième vague d'attaques terroristes contre notre pays. Jusqu'à ce matin, les missiles étaient au nombre de 28, dont 20 ont été abattus. Plus de 15 drones, presque tous des drones de combat iraniens. La majeure partie a été démolie", "volodymyr-zelensky"),
  ("direct", "Ils resteront fermement avec l'Ukraine aussi longtemps que nécessaire", None),
  ("indirect", "les États-Unis s'efforçaient d'accélérer l'envoi de défenses aériennes Nasams capables d'engager des missiles de croisière russes", "john-kirby"),
  ("indirect", "l'Ukraine avait reçu la livraison du système de défense aérienne allemand Iris-T", "der-spiegel"),
  ("partial", "n'a pas l'intention", "joe-biden"),
  ("direct", "Cela dépend de ce dont vous voulez discuter", "joe-biden"),
  ("direct", "S'il venait me voir au G20 et me disait qu'il voulait parler de Griner, je le rencontrerais. Ça dépend. Je n'ai pas l'intention de négocier, et personne n'est prêt à négocier, avec la Russie sur l'Ukraine, pour garder une partie de l'Ukraine. Cela dépendrait donc spécifiquement de ce dont vous voulez discuter", "joe-biden"),
  ("indirect", "les négociations pour une solution à la guerre doivent impliquer Kiev", "joe-biden"),
  ("direct", "Rien sur l'Ukraine sans l'Ukraine", "joe-biden"),
  ("direct", "Il a mal calculéje", "joe-biden"),
  ("direct", "il pensait qu'il serait accueilli à bras ouverts, qu'il serait le bienvenu", "joe-biden"),
  ("indirect", "il ne croyait pas que Poutine utiliserait des armes nucléaires", "joe-biden"),
  ("direct", "Je ne pense pas que ce sera le cas. Mais je pense que c'est irresponsable de sa part d'en parler. Ce que je voulais dire, c'est que le résultat serait horrible. Elle ne peut pas continuer à parler impunément de l'utilisation d'armes nucléaires tactiques comme si c'était une chose rationnelle à faire", "joe-biden"),
  ("indirect", "La Département de la défense - a-t-il ajouté - a élaboré de manière proactive des plans d'urgence à cet égard", "joe-biden"),
  ("direct", "Ce serait irresponsable pour moi d'en parler", "joe-biden"),
  ("indirect", "il ne fallait même pas demander au Pentagone de définir des plans d'urgence", "joe-biden"),
  ("indirect", "la condamnation de Moscou", 'g7'),  # noun-phrase / infinitive report, added 2026-12-01
 ],
 "002": [
  ("headline", "Poutine admet que la Chine a « des questions et des inquiétudes » sur l’invasion chancelante de l’Ukraine par la Russie", None),
  ("direct", "Nous apprécions hautement la position équilibrée de nos amis chinois sur la crise ukrainienne. Nous comprenons vos questions et préoccupations à cet égard", "vladimir-putin"),
  ("direct", "Au cours de la réunion d’aujourd’hui, bien sûr, nous expliquerons en détail notre position sur cette question, bien que nous en ayons déjà parlé auparavant.", "vladimir-putin"),
  ("partial", "travaillera avec la Russie pour offrir un soutien mutuel fort sur les questions concernant les intérêts fondamentaux de l’autre", "xi-jinping"),
  ("partial", "jouera un rôle de premier plan en injectant de la stabilité et de l’énergie positive dans un monde de changement et de chaos", "xi-jinping"),
  ("partial", "l’adhésion de la Russie au principe d’une seule Chine et a souligné que Taïwan faisait partie de la Chine", "xi-jinping"),
  ("indirect", "Pékin n’avait pas encore violé les sanctions occidentales contre Moscou et n’avait pas fourni d’aide matérielle directe à la Russie", "white-house"),
  ("direct", "Notre message à la Chine, je pense, a été cohérent : ce n’est pas le moment de faire comme si de rien n’était avec M. Poutine, compte tenu de ce qu’il a fait à l’intérieur de l’Ukraine. Ce n’est pas le moment de s’isoler du reste de la Le coordinateur des communications stratégiques du Conseil de sécurité nationale, John Kirby, a déclaré John Kirby, à CNN, la communauté internationale, qui a largement condamné ce qu’elle fait en Ukraine, l’a non seulement condamné, mais s’est mobilisée pour aider les Ukrainiens à se défendre eux-mêmes et leur territoire intégrité.", "john-kirby"),
  ("partial", "sous beaucoup de pression et de tension. En Ukraine, son armée ne va pas bien, et je pense que c’est certainement le devoir du Kremlin de vouloir se rapprocher de Pékin en ce qui concerne ce qui s’y passe.", "john-kirby"),
  ("partial", "provocations", "vladimir-putin"),
  ("partial", "créer un monde unipolaire", "vladimir-putin"),
  ("partial", "ont récemment pris une forme laide et sont totalement inacceptables pour la plupart des pays de cette planète", "vladimir-putin"),
  ("indirect", "Dans une démonstration symbolique de force et d’unité, les marines russe et chinoise ont mené des patrouilles et des exercices conjoints dans le Pacifique quelques heures seulement avant la rencontre de leurs dirigeants", None),
  ("indirect", "le commerce bilatéral a dépassé 140 milliards de dollars l’année dernière", "vladimir-putin"),
  ("direct", "Je suis convaincu que d’ici la fin de l’année, nous atteindrons de nouveaux sommets et, dans un proche avenir, comme convenu, nous augmenterons notre chiffre d’affaires commercial annuel à 200 milliards de dollars ou plus", "vladimir-putin"),
  ("partial", "un nouvel élargissement de l’OTAN", None),
  ("partial", "pour rester un leader de la coopération « la Ceinture et la Route", "xi-jinping"),
  ("partial", "la Chine soutiendra toujours le Kazakhstan dans le maintien de son indépendance nationale, de sa souveraineté et de son intégrité territoriale", "xi-jinping"),
  ("indirect", "être son territoire", None),  # noun-phrase / infinitive report, added 2026-12-01
 ],
 "003": [
  ("headline", "Poutine et Xi serrent les rangs face à l’Occident sur l’Ukraine et Taïwan", None),
  ("partial", "zone interdite", None),
  ("partial", "traite avec compréhension et soutient", None),
  ("partial", "sous quelque forme que ce soit", None),
  ("partial", "sérieusement préoccupées", None),
  ("indirect", "elle ne prévoit pas de faire", None),
  ("partial", "nouveau type", None),
  ("partial", "les préoccupations légitimes de sécurité de la Russie doivent être prises au sérieux et traitées", "wang-yi"),
  ("partial", "fournirait 10 milliards de mètres cubes de gaz par an à la Chine", "vladimir-putin"),
  ("indirect", "ils devraient viser à porter le commerce bilatéral à 250 milliards de dollars lors des pourparlers", "xi-jinping"),
  ("partial", "accélérer la coopération", "anastasia-pyatachkova"),
  ("indirect", "la création d’un environnement mondial sûr et stable pour un congrès du parti – dans lequel Xi devrait obtenir un troisième mandat au pouvoir sans précédent – serait son objectif principal pour 2022", "wang-yi"),
  ("partial", "ne serait pas ravi si Poutine choisissait ce moment pour envahir l’Ukraine", "wendy-sherman"),
  ("indirect", "les États-Unis prendraient des mesures contre toute entreprise en Chine et ailleurs qui chercherait à aider la Russie à échapper aux sanctions qui surviendraient à la suite d’une invasion", "ned-price"),
  ("direct", "Le déséquilibre de la puissance économique pourrait créer certaines difficultés pour la coopération bilatérale au cas où la Chine cesserait à un moment donné de percevoir la Russie comme un partenaire à statut spécial et essaierait de faire pression sur elle", "anastasia-pyatachkova"),
  ("indirect", "la Russie avait rassemblé près de 130 000 soldats près de la frontière ukrainienne en vue d’une éventuelle invasion dès ce mois-ci", None),
  ("partial", "vieil ami", "xi-jinping"),
  ("partial", "approche conjointe responsable pour résoudre les problèmes mondiaux urgents", "vladimir-putin"),
  ("indirect", "La Chine a demandé à la Russie de lui fournir des systèmes d’alerte précoce, ce qui représenterait un nouveau niveau de transfert de technologie", "ruslan-pukhov"),
  ("indirect", "Ils mènent également un nombre accru d’exercices militaires conjoints, y compris des missions de bombardement stratégique en Asie et des exercices navals tripartites avec l’Iran", "ruslan-pukhov"),
  ("partial", "plus proche de la Chine et pas seulement économiquement", "ruslan-pukhov"),
  ("direct", "Nous assistons à la formation d’une alliance militaire informelle, mais réelle.", "ruslan-pukhov"),
  ("indirect", "chercher à politiser l’événement sportif mondial, tout en profitant de la visite de Poutine pour vanter des liens plus étroits avec Moscou", None),  # noun-phrase / infinitive report, added 2026-12-01
  ("indirect", "était supérieur aux alliances militaro-politiques du Époque de la guerre froide", None),  # noun-phrase / infinitive report, added 2026-12-01
  ("indirect", "le développement conjoint d’armes de pointe", 'vladimir-putin'),  # noun-phrase / infinitive report, added 2026-12-01
  ("indirect", "des garanties qui obligeraient l’OTAN à interdire l’adhésion future de l’Ukraine et à retirer ses forces des positions qu’elles occupaient en 1997", 'vladimir-putin'),  # noun-phrase / infinitive report, added 2026-12-01
 ],
 "004": [
  ("partial", "nouvelle ère", "vladimir-putin"),
  ("partial", "stabilité et une paix équitable", None),
  ("partial", "opposés à tout élargissement futur de l’Otan", None),
  ("partial", "l’indivisibilité de la sécurité", None),
  ("indirect", "la sécurité des uns ne peut se faire aux dépens de celle d’autres, en dépit du droit de chaque Etat, et donc de l’Ukraine, à choisir ses alliances", "kremlin"),
  ("partial", "époque des sphères d’influence où de grandes puissances décident ce que leurs voisins plus petits doivent faire ou ne pas faire", "jens-stoltenberg"),
  ("indirect", "attendre le président français Emmanuel Macron lundi et le chancelier allemand Olaf Scholz le 15 février pour des pourparlers avec le président russe", 'kremlin'),  # noun-phrase / infinitive report, added 2026-12-01
  ("indirect", "le rôle des alliances militaires occidentales", None),  # noun-phrase / infinitive report, added 2026-12-01
  ("indirect", "un départ de l’Otan de son voisinage", 'kremlin'),  # noun-phrase / infinitive report, added 2026-12-01
 ],
}

def quotes(items):
    return [{"kind": k, "text": t, "speaker_id": s} for k, t, s in items]

lines = []
for prefix, items in SAMPLES.items():
    path = next(ARTICLES.glob(prefix + "_*.txt"))
    text = path.read_text(encoding="utf-8")
    if prefix == "004":
        title, body = None, text
    else:
        first, _, rest = text.partition("\n")
        title, body = first.strip(), rest
    lines.append({"id": "sample-" + prefix, "language": "fr", "title": title, "body": body, "origin": "samples/articles/" + path.name, "quotes": quotes(items)})
for language, cases in (("en", EN), ("fr", FR)):
    for case_id, title, body, items in cases:
        lines.append({"id": case_id, "language": language, "title": title, "body": body, "origin": "authored", "quotes": quotes(items)})

out = pathlib.Path(__file__).parent / "extraction-gold.jsonl"
with out.open("w", encoding="utf-8", newline="\n") as f:
    for line in lines:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
print(f"{len(lines)} lines, {sum(len(l['quotes']) for l in lines)} quotes -> {out}")
