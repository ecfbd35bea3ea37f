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
