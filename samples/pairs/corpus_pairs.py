# Pairs derived from the sample corpus (samples/articles). Each premise is a sentence of the named article,
# lightly cleaned of scrape noise; the hypothesis is produced by the transformation named in the origin:
#   clause        keep one clause of the premise (entailment)
#   paraphrase    re-word the premise without changing what it asserts (entailment)
#   negate        add or drop a negation (contradiction)
#   antonym       swap a verb or adjective for its opposite (contradiction)
#   renumber      change a figure well beyond rounding (contradiction)
#   reattribute   give the statement to a different person (contradiction when the premise names the speaker)
#   cross-article pair two sentences of different articles as they stand (label by reading both)
#   same-article  pair two unrelated sentences of the same article (neutral)
# Fields: label, article file (or "a+b" for two articles), transformation, premise, hypothesis.
PAIRS = [
("entailment","001_9fe5fbb3e3d574c4","clause","Joe Biden n'a pas l'intention de parler avec Vladimir Poutine au G20, mais envisagerait une rencontre si le président russe voulait parler de la libération de Brittney Griner.","Joe Biden n'a pas l'intention de parler avec Vladimir Poutine au G20."),
("contradiction","001_9fe5fbb3e3d574c4","negate","Joe Biden n'a pas l'intention de parler avec Vladimir Poutine au G20.","Joe Biden a l'intention de parler avec Vladimir Poutine au G20."),
("contradiction","001_9fe5fbb3e3d574c4","cross-article","Poutine veut rencontrer Biden au G20.","Joe Biden n'a pas l'intention de parler avec Vladimir Poutine au G20."),
("neutral","001_9fe5fbb3e3d574c4","same-article","Le magazine allemand Der Spiegel a rapporté mardi que l'Ukraine avait reçu le système de défense aérienne Iris-T.","Joe Biden n'a pas l'intention de parler avec Vladimir Poutine au G20."),
("entailment","001_9fe5fbb3e3d574c4","paraphrase","Le président américain a clairement fait savoir qu'il ne croyait pas que Poutine utiliserait des armes nucléaires.","Biden ne pense pas que Poutine utilisera l'arme nucléaire."),
("contradiction","001_9fe5fbb3e3d574c4","negate","Le président américain a clairement fait savoir qu'il ne croyait pas que Poutine utiliserait des armes nucléaires.","Biden a dit qu'il croyait que Poutine utiliserait des armes nucléaires."),
("contradiction","001_9fe5fbb3e3d574c4","renumber","Jusqu'à ce matin, les missiles étaient au nombre de 28, dont 20 ont été abattus.","Seuls 5 des 28 missiles ont été abattus."),
("entailment","001_9fe5fbb3e3d574c4","clause","Les dirigeants du G7 ont publié une déclaration disant qu'ils resteront fermement avec l'Ukraine aussi longtemps que nécessaire.","Les dirigeants du G7 ont promis de rester aux côtés de l'Ukraine."),
("contradiction","001_9fe5fbb3e3d574c4","antonym","Les dirigeants du G7 ont publié une déclaration disant qu'ils resteront fermement avec l'Ukraine aussi longtemps que nécessaire.","Les dirigeants du G7 ont annoncé qu'ils abandonnaient l'Ukraine."),
("contradiction","000_7553bbee1682da1b","negate","Poutine a annoncé qu'il ne participerait pas au sommet du G20 qui aura lieu la semaine prochaine à Bali.","Poutine participera au sommet du G20 à Bali."),
("entailment","000_7553bbee1682da1b","paraphrase","Poutine a annoncé qu'il ne participerait pas au sommet du G20 qui aura lieu la semaine prochaine à Bali.","Poutine sera absent du G20 de Bali."),
("neutral","000_7553bbee1682da1b","same-article","Poutine a annoncé qu'il ne participerait pas au sommet du G20 qui aura lieu la semaine prochaine à Bali.","Le Kremlin a laissé la porte ouverte à une participation télématique de Poutine."),
("entailment","000_7553bbee1682da1b","clause","Le leader chinois a confirmé sa participation à l'événement.","Xi Jinping participera au sommet."),
("contradiction","000_7553bbee1682da1b","negate","Le leader chinois a confirmé sa participation à l'événement.","Le leader chinois a annulé sa participation à l'événement."),
("entailment","000_7553bbee1682da1b","paraphrase","Le retrait des troupes russes de la ville de Kherson est déjà interprété comme un signal d'alarme.","Les troupes russes se sont retirées de Kherson."),
("neutral","000_7553bbee1682da1b","same-article","Le retrait des troupes russes de la ville de Kherson est déjà interprété comme un signal d'alarme.","Le sommet sera la première rencontre en face à face entre les deux dirigeants depuis que M. Biden a pris ses fonctions."),
("contradiction","000+001","cross-article","Poutine a annoncé qu'il ne participerait pas au sommet du G20 à Bali.","Poutine veut rencontrer Biden au G20."),
("entailment","002_38ed145998352e6f","clause","Poutine a souligné l'approfondissement des liens économiques entre la Chine et la Russie, notant que le commerce bilatéral a dépassé 140 milliards de dollars l'année dernière.","Le commerce bilatéral entre la Chine et la Russie a dépassé 140 milliards de dollars l'année dernière."),
("contradiction","002_38ed145998352e6f","renumber","Le commerce bilatéral entre la Chine et la Russie a dépassé 140 milliards de dollars l'année dernière.","Le commerce bilatéral entre la Chine et la Russie a atteint 40 milliards de dollars l'année dernière."),
("entailment","002+003","cross-article","Le commerce bilatéral entre la Chine et la Russie a dépassé 140 milliards de dollars l'année dernière.","Le commerce entre la Chine et la Russie a bondi d'un tiers pour atteindre un record de 140 milliards de dollars."),
("neutral","002+003","cross-article","Poutine a déclaré que la Russie et la Chine augmenteront leur chiffre d'affaires commercial annuel à 200 milliards de dollars ou plus.","Xi a suggéré à Poutine qu'ils devraient viser à porter le commerce bilatéral à 250 milliards de dollars."),
("entailment","002_38ed145998352e6f","paraphrase","M. Xi s'est félicité de l'adhésion de la Russie au principe d'une seule Chine et a souligné que Taïwan faisait partie de la Chine.","Xi a salué le soutien russe au principe d'une seule Chine."),
("contradiction","002_38ed145998352e6f","reattribute","Poutine a condamné les États-Unis pour ce qu'il a qualifié de provocations dans le détroit de Taiwan.","Poutine a félicité les États-Unis pour leur action dans le détroit de Taiwan."),
("entailment","002_38ed145998352e6f","clause","La Maison Blanche a cherché à minimiser la rencontre entre Poutine et Xi, affirmant que Pékin n'avait pas fourni d'aide matérielle directe à la Russie.","Selon la Maison Blanche, Pékin n'a pas fourni d'aide matérielle directe à la Russie."),
("contradiction","002_38ed145998352e6f","negate","Selon la Maison Blanche, Pékin n'avait pas encore violé les sanctions occidentales contre Moscou.","Selon la Maison Blanche, Pékin a violé les sanctions occidentales contre Moscou."),
("neutral","002_38ed145998352e6f","same-article","Les marines russe et chinoise ont mené des patrouilles conjointes dans le Pacifique.","Xi s'est rendu au Kazakhstan avant le sommet."),
("entailment","003_e560a682bdc962ca","paraphrase","Poutine a déclaré à Xi que l'accord fournirait 10 milliards de mètres cubes de gaz par an à la Chine.","L'accord prévoit de livrer 10 milliards de mètres cubes de gaz chaque année à la Chine."),
("contradiction","003_e560a682bdc962ca","renumber","Poutine a déclaré à Xi que l'accord fournirait 10 milliards de mètres cubes de gaz par an à la Chine.","L'accord fournira 50 milliards de mètres cubes de gaz par an à la Chine."),
("entailment","003_e560a682bdc962ca","clause","Les États-Unis et l'OTAN ont déclaré que la Russie avait rassemblé près de 130 000 soldats près de la frontière ukrainienne.","Selon l'OTAN, des soldats russes sont massés près de la frontière ukrainienne."),
("contradiction","003_e560a682bdc962ca","negate","La Chine n'a pas reconnu l'annexion de la Crimée par Poutine en 2014.","La Chine a reconnu l'annexion de la Crimée par la Russie."),
("neutral","003_e560a682bdc962ca","same-article","La Chine n'a pas reconnu l'annexion de la Crimée par Poutine en 2014.","Rosneft a conclu un accord avec CNPC pour livrer du pétrole brut via le Kazakhstan."),
("contradiction","003_e560a682bdc962ca","antonym","Moscou insiste sur le fait qu'elle ne prévoit pas d'envahir l'Ukraine.","Moscou a confirmé qu'elle prévoit d'envahir l'Ukraine."),
("entailment","004_bfcca99e1c7093f0","clause","Le Kremlin a confirmé attendre le président français Emmanuel Macron lundi et le chancelier allemand Olaf Scholz le 15 février.","Emmanuel Macron est attendu au Kremlin lundi."),
("contradiction","004_bfcca99e1c7093f0","date","Le Kremlin a confirmé attendre le chancelier allemand Olaf Scholz le 15 février.","Le Kremlin attend Olaf Scholz le 3 mars."),
("contradiction","004_bfcca99e1c7093f0","negate","Le Kremlin a confirmé attendre le président français Emmanuel Macron lundi.","Le Kremlin a annoncé qu'il ne recevrait pas Emmanuel Macron."),
("entailment","004_bfcca99e1c7093f0","paraphrase","La Russie dément tout projet d'opération militaire et dit se sentir menacée par l'Alliance atlantique.","Moscou nie préparer une opération militaire."),
("neutral","004_bfcca99e1c7093f0","same-article","Emmanuel Macron se rendra mardi en Ukraine.","La Russie réclame le retrait de l'Otan d'Europe de l'Est."),
("contradiction","004_bfcca99e1c7093f0","antonym","Jens Stoltenberg s'est dit contre un retour à l'époque des sphères d'influence.","Jens Stoltenberg s'est dit favorable à un retour à l'époque des sphères d'influence."),
("entailment","003+004","cross-article","La Chine traite avec compréhension et soutient la demande de la Russie de garanties de sécurité.","Vladimir Poutine a obtenu le soutien de la Chine de Xi Jinping au sujet de l'Ukraine."),
("neutral","000+004","cross-article","Jens Stoltenberg a salué une nouvelle victoire pour Kiev.","Jens Stoltenberg s'est dit contre un retour à l'époque des sphères d'influence."),
]
