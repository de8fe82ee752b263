"""Second round of danger-sign development cases, written blind.

Written without reading the detector, its training data or the held-out files, from
/work/shared/CONTENT_FACTS.md (WHO danger signs: pregnancy, after the birth, the newborn) and the
verified Bambara resources only. This round is about contrasts: the same words as a danger sign
(bleeding, fever, yellow, cord, convulsions, the baby not moving...) in messages that are NOT an
emergency now (birth announcements, questions about the signs, normal newborn things, normal
recovery, negations, resolved or past events, other people's old stories).

Bambara (about 40 % of the cases; code-mixed with the French loanwords Bamako uses: bébé, bb,
CSCom, CPN, sage-femme, fièvre, césarienne, poche des eaux...). Spellings are mixed on purpose
(ɛ ɔ ɲ and e o ny). No sentence below is attested as a whole except where noted; each is built from
these frames of /work/shared/data/bayelemabaga (split:line) and vocab_health.tsv:
  farigan bɛ den minɛ, a kunkolo b'a dimi   dev:2135   "l'enfant a de la fièvre, il a mal à la tête"
  Kungolodimi ni konodimi b'a la            test:2904  "il a mal à la tête et mal à l'estomac" (X b'a la)
  funteni bɛ n na                           train:23528 "j'ai trop chaud"
  Farigan ye a bila                         train:30457 "la fièvre la quitta"
  n nye be n dimi kosebe                    dev (ch. 3) "j'ai très mal aux yeux"; a bɛ n dimi train:8519
  nyekisew te yeli ke ka nye                dev (ch. 3) "les yeux voient moins bien"
  nyewolow fununna                          dev:2582   "les paupières sont gonflées"; Senfunu train:8874
  nyekise be bilen / bilennen don           dev:1979, dev:2268 "rouge"
  nen be ka bo denyerenin ... la            dev (ch. 1) "un nouveau-né présente un écoulement de pus"
  ji bota ... neremuguman: o ye nen ye      dev:1949   "jaune et épais : c'est du pus"; nɛrɛmuguma vocab
  den barajuru ka bin                       train:22214 "en attendant que le cordon ombilical tombe"
  minnu ma sin min / a ye sin di den ma     train:9315, train:19869 (téter / donner le sein)
  a ma dumuni kɛ, a ma ji min               train:34274 (negated past)
  joli bɛ bɔ                                train:22813 "du sang coule"; basibɔn, Basi bɔnni train:8976
  a tɛ se ka wuli                           train:11978 "il ne put se relever"
  i bɛ se ka ɲɔn                            vocab (proverb 41) "tu arrives à respirer"; ninakili train:8753
  n kirinna                                 test:185   "évanoui"; Kirinni (Jali) train:8876 "convulsions"
  n yɛrɛ faga                               test:4492  "je me serais tué"
  Foyi t'a la / Bana foyi t'a farikolo la   test:897, test:4194 "il n'a rien"
  Kasa t'a la                               test:4604  "il n'a pas d'odeur"
  Sanjani muso jiginna denmuso              dev:4666   "elle accoucha d'une fille"; den wolo train:17111
  filaninw                                  train:20592 "jumeaux"
  n den sara                                test:67    "mon bébé est mort"
  u ka kɛnɛ / n denw ka kɛnɛ?               train:28643, train:11832 "ils vont bien"
  u kɛnɛyara                                train:22839 "elles sont guéries"
  A dimin ka bon                            train:22273; a ka ca / ka caya / ka dɔgɔya dev (ch. 1)
  N segenna                                 test:2512  "je suis épuisée"
  Nɛnɛ bɛ / nene y'a mine                   test:3572, test:1934 "il fait froid / pris d'un coup de froid"
  tiso                                      test:4646  "éternuer"; fɔɔnɔ (vomir) train:3692
  den be kasi                               dev:1841; a ye sin di o ma, o ye i da train:18683
  a yɛrɛ lamaga (lamagacogo)                dev (ch. 3) "mouvement"
  Nin ye mun ye? / cogo di? / siɲɛ joli?    train:23505, train:9296, train:9299
  Banajugu taamasiɲɛw                       train:8763 "signes de maladie grave"; bana taamashyenw dev:2064
  Kuruw (boutons), Jolimisɛnni ... nɛmaw   train:8917, train:8902 "petites lésions qui contiennent du pus"
  A ye so datugu                            test:1973 "il couvrit le cheval"; a ye kɔnɔ ta train:18554 "elle était enceinte"
  kɔnɔ ta                                   train:29188 "tomber enceinte"; kɔnɔtiɲɛni (fausse couche)
  kalo tɛmɛnen / dɔgɔkun / Salon            test:3984, train:12207, train:9299
  kalo segin / kalo kononton                train:46, train:47 (mois de grossesse)
  Tansiyɔn, peseli, boloci                  train:8755, train:8970, train:9002
"""

# ---------------------------------------------------------------------------------------------
# The newborn (first ~4 weeks) has a danger sign NOW: the alert is about the baby.
# ---------------------------------------------------------------------------------------------
NEWBORN = [
    # --- French ---
    "le bébé de ma soeur a 5 jours et il ne tète plus depuis ce matin",
    "bb 4 jrs refuse le sein depuis hier soir et dort tout le temps",
    "mon bébé né hier fait des convulsions, ses bras tremblent et ses yeux partent en haut",
    "ma fille de 10 jours respire très vite, j'ai compté 70 respirations en une minute",
    "le nouveau-né de ma coépouse, sa poitrine se creuse fort quand il respire",
    "bb bouge pas du tout, faut le secouer pour qu'il ouvre les yeux. il a 1 semaine",
    "39,5 pour le bébé de 2 semaines",
    "le bebe a le corps tres chaud, 38,7 au thermometre, il a 6 jours",
    "mon nouveau-né de 3 jours est tout froid même sous la couverture, le thermomètre dit 35",
    "il est né ce matin et il est déjà tout jaune",
    "paumes et plantes des pieds jaunes chez mon bb de 12 jours",
    "la peau autour du nombril est rouge et gonflée, bébé a une semaine",
    "du pus sort du cordon de mon bébé et ça sent mauvais",
    "Bonsoir madame, excusez le dérangement, c'est la voisine qui écrit pour sa fille. Elle a "
    "accouché au CSCom de Sikoro il y a 8 jours, tout allait bien, mais depuis cet après-midi le "
    "bébé ne tète plus et son corps est brûlant. La maman est à côté de moi, on fait quoi ?",
    "pk mon bb de 9 jours fait des secousses en dormant ? 3 fois ce soir, il se raidit",
    "bb 3 semaines respire mal, on voit ses côtes rentrer à chaque respiration",
    "le petit né il y a 6 jours est tout mou, il ne se réveille plus pour téter",
    "plein de boutons avec du pus sur tout le corps du bébé, il a 2 semaines",
    "jsp si c grave mais bb a 38,9 et il a 10 jrs",
    "mon fils né samedi : le dessous de ses pieds et ses paumes sont jaunes",
    "le bébé de ma cousine ne tète plus et vomit tout ce qu'il prend, il a 5 jours",
    "Merci pour la réunion SHARE de la semaine passée. Mon fils a 11 jours. Depuis midi il respire "
    "très vite et sa poitrine rentre, il ne veut plus le sein. Mon mari est au travail, je suis "
    "seule avec ma belle-mère à Sikoro.",
    "ma nièce de 4 jours convulse depuis 10 minutes, on fait quoi ??",
    "bb né avant-hier, ses mains et ses pieds sont glacés et il tète mal",
    # --- Bambara (code-mixed) ---
    "n denyɛrɛnin tɛ se ka sin min bilen, a ye tile naani kɛ",  # bm: constructed
    "farigan bɛ bébé minɛ kosɛbɛ, 39, a ma kalo kelen sɔrɔ",  # bm: constructed
    "kirinni bɛ n ka denyɛrɛnin na sisan",  # bm: constructed
    "bebe ka ninakili ka teli kosebe, a disi be don, tile 7",  # bm: constructed
    "den te a yere lamaga fewu, a tile 5",  # bm: constructed
    "n denyerenin, nene y'a mine kosebe, 35,2 thermometre kan",  # bm: constructed
    "bébé ɲɛ ni a tɛgɛw nɛrɛmugumanw don, a tile 10",  # bm: constructed
    "n jiginna bi sogoma, bebe fari bee ye neremuguman ye",  # bm: constructed
    "barajuru bilennen don, nɛn bɛ ka bɔ a la, bébé tile 6",  # bm: constructed
    "fièvre bɛ bb la, a tɛ sin min, tile 6",  # bm: constructed
    "n dɔgɔmuso ka denyɛrɛnin, jali b'a la sisan",  # bm: constructed
    "bebe te se ka nyon ka nye, a tile 3",  # bm: constructed
    "a fari ka kalan kosɛbɛ, 38,5, denyɛrɛnin don, a ma dɔgɔkun kelen sɔrɔ",  # bm: constructed
    "n sinamuso ka bébé bɛ sunɔgɔ dɔrɔn, a tɛ wuli ka sin min, a tile 4",  # bm: constructed
    "kuru caman be bebe fari la, nen b'u kono, a tile 12",  # bm: constructed
    "bb bɛ fɛn bɛɛ fɔɔnɔ, a ma sin min kabini sɔgɔma, tile 3",  # bm: constructed
]

# ---------------------------------------------------------------------------------------------
# The mother (pregnant or after the birth) has a danger sign NOW: the alert is about her,
# even when the message also talks about the baby (or the baby in her womb).
# ---------------------------------------------------------------------------------------------
MOTHER = [
    # --- French ---
    "j'ai accouché il y a 4 jours et le saignement augmente, je mouille un pagne en une heure",
    "ma soeur saigne beaucoup depuis son accouchement ce matin et elle dit que sa tête tourne",
    "je suis enceinte de 6 mois et je saigne",
    "enceinte de 7 mois, j'ai très mal à la tête et je vois flou",
    "ma coépouse enceinte vient de faire une crise, elle tremblait et ne répondait plus",
    "depuis l'accouchement j'ai la fièvre, je grelotte et les pertes sentent mauvais",
    "mollet gauche gonflé, rouge et qui fait mal, accouchée il y a 10 jours",
    "j'ai du mal à respirer et mal à la poitrine, mon bébé a 2 semaines",
    "depuis la naissance du bébé j'ai envie de me faire du mal, je ne sais plus quoi faire",
    "des idées me viennent de faire du mal à mon bébé, j'ai peur de moi-même",
    "la poche des eaux a percé, je suis à 7 mois et je n'ai pas de contractions",
    "je perds de l'eau depuis hier soir, grossesse de 32 semaines",
    "le bébé ne bouge plus dans mon ventre depuis hier, je suis à 8 mois",
    "bb bouge beaucoup moins depuis 2 jours, enceinte de 36 SA",
    "mon visage et mes mains sont gonflés, 8 mois de grossesse",
    "enceinte, j'ai 39 de fièvre et je n'arrive pas à me lever du lit",
    "douleur très forte au ventre, enceinte de 5 mois",
    "je suis a 6 mois de grossesse j'ai des maux de tete terribles et je vois des etoiles",
    "ma voisine a accouché avant-hier à la maison, elle saigne toujours beaucoup, elle est très "
    "pâle et dit qu'elle va s'évanouir",
    "Bonjour, je suis Awa du groupe SHARE de Sotuba. J'ai accouché par césarienne il y a 9 jours, "
    "le bébé va bien et tète bien. Mais depuis hier j'ai de la fièvre, la cicatrice est rouge et "
    "il coule un liquide qui sent mauvais. Je dois aller où ?",
    "pertes malodorantes et 38,8 de fièvre une semaine après l'accouchement",
    "ma belle-soeur enceinte a convulsé il y a une heure, elle est encore confuse",
    "je saigne encore plus qu'hier, accouchée depuis 5 jrs, des caillots gros comme le poing",
    "essoufflée même couchée, enceinte de 8 mois, la poitrine me serre",
    # --- Bambara (code-mixed) ---
    "joli bɛ bɔ n na kosɛbɛ, n jiginna kunun",  # bm: constructed
    "basibɔn bɛ n na, kɔnɔmaya kalo wolonwula",  # bm: constructed
    "n kɔnɔma don, n kungolo bɛ n dimi kosɛbɛ, n ɲɛ tɛ yeli kɛ ka ɲɛ",  # bm: constructed
    "n sinamuso konoma don, kirinni b'a la sisan",  # bm: constructed
    "farigan bɛ n na kabini n jiginna, n kɔnɔ bɛ n dimi",  # bm: constructed
    "n sen kelen fununna, a bilennen don, a be n dimi, n jiginna tile 10",  # bm: constructed
    "n konoma don, n te se ka nyon, n disi be n dimi",  # bm: constructed
    "n b'a fɛ ka n yɛrɛ faga kabini n jiginna",  # bm: constructed
    "poche des eaux percé, kɔnɔmaya kalo wolonwula, tindimi tɛ n na",  # bm: constructed
    "den tɛ a yɛrɛ lamaga n kɔnɔ kabini kunun, kalo segin",  # bm: constructed
    "n nyeda ni n bolow fununna, konomaya kalo segin",  # bm: constructed
    "musokɔnɔma don, farigan bɛ n na, n tɛ se ka wuli",  # bm: constructed
    "n kɔnɔ bɛ n dimi kosɛbɛ, a dimin ka bon, kɔnɔmaya kalo duuru",  # bm: constructed
    "n dogomuso jiginna bi, joli be bo a la kosebe, a kirinna",  # bm: constructed
    "jiginni kɔfɛ nɛn bɛ bɔ n na, kasa jugu b'a la, farigan bɛ n na",  # bm: constructed
    "n jiginna tile 5, basi bɛ bɔ, a bɛ caya ka taa",  # bm: constructed
]

# ---------------------------------------------------------------------------------------------
# Not an emergency now, though the words of a danger sign are there.
# ---------------------------------------------------------------------------------------------
BENIGN = [
    # --- French: births announced, with details ---
    "j'ai accouché hier, le bébé tète bien, merci à la sage-femme",
    "césarienne mardi, tout va bien, on rentre demain",
    "Alhamdoulillah ma soeur a eu des jumeaux cette nuit, une fille 2,6 kg et un garçon 2,4 kg, "
    "ils tètent bien",
    "bébé né ce matin à 6h, 3,2 kg, la maman et le bébé vont bien",
    "ma coépouse a accouché d'un garçon au CSCom, le baptême est samedi",
    "j'ai accouché il y a 10 jours, j'ai perdu un peu de sang pendant l'accouchement mais la "
    "sage-femme a dit que c'était normal et maintenant c'est très léger",
    # --- French: a loss told calmly, past, no sign now ---
    "j'ai fait une fausse couche en janvier, on m'a bien suivie au CSCom et je vais bien "
    "maintenant. quand est-ce qu'on peut retomber enceinte ?",
    "notre bébé est décédé à la naissance il y a deux mois, merci pour vos messages, je me sens "
    "mieux maintenant",
    "ma cousine a perdu sa grossesse l'année passée, aujourd'hui elle est enceinte de 3 mois et "
    "tout va bien",
    # --- French: questions about the danger signs ---
    "quels sont les signes de danger du nouveau-né ?",
    "c'est quoi la pré-éclampsie",
    "comment je sais si bb a de la fièvre",
    "à partir de combien de degrés on parle de fièvre chez un nouveau-né ?",
    "quels sont les signes de danger pendant la grossesse ? la sage-femme en a parlé à la réunion "
    "mais j'ai oublié",
    "si un jour la poche des eaux se perce, je dois aller directement au CSCom ?",
    "est-ce que les convulsions chez les bébés c'est à cause du palu ?",
    "pk on dit qu'un cordon rouge c'est dangereux ?",
    "c'est normal que les pieds gonflent le soir quand on est enceinte ?",
    # --- French: normal newborn things ---
    "bb a le hoquet après chaque tétée, c normal ?",
    "mon nouveau-né éternue beaucoup, il n'a pas de fièvre et il tète bien",
    "la peau de mon bébé de 10 jours pèle un peu sur les mains et les pieds",
    "petits boutons blancs sur le nez du bébé, il a une semaine, il tète bien",
    "il recrache un peu de lait après la tétée puis il se rendort",
    "ma fille de 2 semaines pleure chaque soir vers 19h puis elle se calme au sein",
    "les selles de bb sont vertes aujourd'hui, il tète bien et il est bien éveillé",
    "le cordon est tombé ce matin, c'est sec et propre, pas rouge",
    "ma fille née il y a 5 jours a les seins un peu gonflés, la sage-femme a dit que c'est les "
    "hormones de la maman",
    "bb dort beaucoup entre les tétées mais il se réveille pour téter toutes les 2-3 heures",
    "il fait très chaud à Bamako, je peux laver bb à l'eau tiède le soir ?",
    "il fait froid le matin, comment je couvre mon nouveau-né ?",
    "le bébé ne tète pas le biberon, seulement le sein, c'est bien ?",
    "37,2 sous le bras pour bb de 8 jours, c'est bon ?",
    "bb fait des petits bruits du nez en dormant, il respire normalement et tète bien",
    "bb a eu le BCG et la polio hier, petite bosse sur le bras, il tète bien",
    "il avait de la fièvre la semaine passée, on l'a amené au CSCom, il est guéri maintenant",
    "la jaunisse de mon fils a disparu, la sage-femme l'a revu hier, tout est normal",
    "il n'a pas de fièvre, pas de diarrhée, il tète bien, c'était juste pour donner des nouvelles",
    # --- French: normal recovery, pregnancy discomforts, negations ---
    "mes saignements diminuent, c'est devenu rosé, accouchée il y a 10 jours",
    "j'ai des douleurs au ventre quand je donne le sein, comme des contractions, c'est normal ?",
    "je suis très fatiguée depuis l'accouchement, le bébé se réveille la nuit",
    "mes seins sont durs et lourds depuis que le lait est monté, pas de fièvre",
    "j'ai pleuré un peu hier sans raison, mon bébé a 5 jours, ma mère dit que ça passe",
    "pas de saignement, pas de fièvre, je me sens bien, merci",
    "ma tension est de 11/7, la sage-femme dit que c'est normal",
    "j'avais mal à la tête à cause du soleil au marché, j'ai pris du paracétamol et c'est passé",
    "le bébé bouge beaucoup la nuit, il me donne des coups, je suis à 7 mois",
    "j'ai des crampes aux jambes la nuit, je suis enceinte de 6 mois",
    "nausées le matin à 2 mois de grossesse, je bois de l'eau et je garde tout",
    "mes gencives saignent un peu quand je me brosse les dents, je suis enceinte de 4 mois",
    "ma mère a eu des convulsions pendant sa grossesse il y a 20 ans, est-ce que ça peut "
    "m'arriver ?",
    "l'échographie de ce matin est normale, le bébé bouge bien et son coeur bat bien",
    "je ne bouge pas de la maison pendant 40 jours après l'accouchement, c'est la coutume",
    "test de palu négatif, pas de fièvre, j'ai pris la SP à la CPN",
    "j'ai acheté un pagne jaune pour le baptême du bébé",
    # --- Bambara (code-mixed) ---
    "n jiginna kunun, denmuso, a bɛ sin min ka ɲɛ, Alhamdulillah",  # bm: constructed
    "n dogomuso ye filaninw wolo su fe, u ka kene",  # bm: constructed
    "n sinamuso jiginna denkɛ CSCom na, u ka kɛnɛ",  # bm: constructed
    "césarienne kɛra tarata, foyi t'a la, an bɛ taa so sini",  # bm: constructed
    "bébé ka kilo ye 3,1 ye, a ka kɛnɛ",  # bm: constructed
    "farigan tun b'a la dɔgɔkun tɛmɛnen, a kɛnɛyara sisan",  # bm: constructed
    "farigan t'a la, a be sin min ka nye",  # bm: constructed
    "basi tɛ bɔ n na tugun, n ka kɛnɛ",  # bm: constructed
    "jiginni kɔfɛ basi bɛ dɔgɔya don o don, a ka ɲi wa?",  # bm: constructed
    "denyɛrɛnin ka banajugu taamasiɲɛw ye mun ye?",  # bm: constructed
    "konomaya bana taamashyenw ye mun ye?",  # bm: constructed
    "n bɛ se k'a dɔn cogo di ni farigan bɛ bébé la?",  # bm: constructed
    "CPN siɲɛ joli ka kan ka kɛ?",  # bm: constructed
    "bébé ka boloci ye siɲɛ joli ye?",  # bm: constructed
    "n kɔnɔmaya kalo wolonwula don, den bɛ a yɛrɛ lamaga kosɛbɛ su fɛ",  # bm: constructed
    "den be kasi su fe, n b'a sin di a ma, a be sunogo",  # bm: constructed
    "bébé bɛ tiso kosɛbɛ, farigan t'a la",  # bm: constructed
    "bebe be sinji doonin foono, o ko a be sunogo",  # bm: constructed
    "barajuru binna bi sɔgɔma, a jalen don, a bilennen tɛ",  # bm: constructed
    "sinji ka ca n na kosɛbɛ, n sinw bɛ n dimi dɔɔnin, farigan tɛ n na",  # bm: constructed
    "N segenna kosɛbɛ kabini n jiginna, bébé tɛ sunɔgɔ su fɛ",  # bm: constructed
    "n kungolo tun bɛ n dimi tile kosɔn, n ye paracétamol ta, a banna",  # bm: constructed
    "n ka tansiyɔn ka ɲi, sage-femme ko foyi tɛ",  # bm: constructed
    "n sen be funu su fe, n nyeda ni n bolow ma funu",  # bm: constructed
    "n den sara salon, sisan n kɔnɔma don tugun, a bɛ taa ka ɲɛ",  # bm: constructed
    "kɔnɔtiɲɛni kɛra n na kalo saba ɲɛ, sisan n ka kɛnɛ, n bɛ se ka kɔnɔ ta tugun tuma jumɛn?",  # bm: constructed
    "kɔnɔw ye n ka foro bɛɛ tiɲɛ",  # bm: attested (train:28542), kɔnɔ = bird
    "jiginni sɔngɔ ye joli ye CSCom na?",  # bm: constructed (joli = how much)
    "kalo tɛmɛnen SHARE ɲɔgɔnye kɛra Sikoro, sage-femme nana",  # bm: constructed (kalo = month)
    "bébé ka selles ye vert ye bi, a bɛ sin min ka ɲɛ",  # bm: constructed
    "n denmuso ka sinw fununna doonin, a tile 5, sage-femme ko a ka nyi",  # bm: constructed
    "Nɛnɛ bɛ sɔgɔma, n bɛ bébé datugu cogo di?",  # bm: constructed
    "funteni ka bon Bamako, n bɛ se ka bébé ko ni ji kalan ye wa?",  # bm: constructed
    "foyi t'a la, a bɛ sin min, a bɛ sunɔgɔ, n ye kunnafoni di aw ma dɔrɔn",  # bm: constructed
    "kunun n ye échographie kɛ, den bɛ a yɛrɛ lamaga, a ka ɲi",  # bm: constructed
    "konomaya kalo segin, n ko be n dimi su fe, n be da n kere kan a be dogoya",  # bm: constructed
]
