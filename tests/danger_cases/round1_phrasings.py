"""Round 1 (2026-12-03 morning): danger-sign phrasings written apart from the detector and from the
training and held-out data. Development cases: the lexicon is improved until they pass; the
held-out files measure it."""

# Bambara words used below were checked against data/bambara/vocab_health.tsv or the Bambara side of
# data/bayelemabaga (e.g. "farigan juguba ye den minɛ", "a wololen ko tile sabanan", "den barajuru",
# "o ye nen ye", "nyewolow ... bilennen", "Nene be ne na kojugu", "A nun finye wulilen do",
# "a tɛ se ka wuli", "Basi bɔnni", "jiginni kɔfɛ", "gɛlɛnkala", "i yɛrɛ faga", "Dɛgɛ man kalan").
# Whole phrases that are not attested as such carry "# bm: constructed".

NEWBORN = [
    # --- French ---
    # not feeding / stopped sucking
    "mon bebe de 3 jours ne tete plus depuis ce matin",
    "le bb a 5 jrs il refuse le sein depuis hier soir il prend rien du tout",
    "ma petite soeur a accouche avant hier, le bebe arrive pas a teter, il suce meme pas",
    "ne il y a une semaine, il tetait bien mais depuis cette nuit il veut plus rien prendre",
    # convulsions
    "mon fils de 10 jours tremble, ses bras se raidissent et ses yeux partent en haut",
    "le nouveau ne de ma belle fille fait des convulsions, il a 4 jours",
    "bebe de 2 semaines a fait une crise tout son corps secouait pendant une minute",
    # fast / hard breathing, chest in-drawing
    "depuis la naissance il respire trop vite, j ai compte plus de 60 fois par minute",
    "bb 6 jours respire fort et on voit sa poitrine qui se creuse sous les cotes",
    "ma femme a accouche lundi et le petit a du mal a respirer, il gemit a chaque souffle",
    # no movement / moves only when stimulated
    "le bebe de 8 jours est tout mou il bouge plus meme quand je le touche",
    "ma niece nee il y a 3 jours bouge seulement si on la pince, sinon elle reste inerte",
    "apres l accouchement d hier le bebe reste sans bouger, on arrive pas a le reveiller pour la tetee",
    # very hot / fever
    "bebe 5 jours corps tres chaud, le thermometre dit 38,6",
    "mon enfant ne il y a 10 jours a de la fievre depuis ce matin, il brule",
    "ma femme a accouche il y a 2 semaines, le bebe est chaud chaud depuis hier nuit et il tete mal",
    # cold
    "bebe de 4 jours est froid, ses pieds et son corps sont glaces meme sous le pagne",
    "le bb ne avant hier a 35 de temperature il est tout froid",
    # yellow in the first day / yellow palms and soles
    "ma femme a accouche hier soir et ce matin la peau du bebe est deja jaune",
    "il a 3 semaines et ses paumes et la plante de ses pieds sont jaunes",
    "bebe 12 jrs les paumes des mains et les pieds tout jaunes",
    # red cord / pus from the cord
    "le cordon de mon bebe de 6 jours est tout rouge autour du nombril",
    "du pus sort du nombril du bebe, il a 1 semaine, ca sent mauvais",
    # many pustules
    "ma fille a 9 jours elle a plein de boutons avec du pus sur le ventre et le dos",
    "nouveau ne de 5j, beaucoup de pustules partout sur la peau depuis hier",
    # --- Bambara / mixed ---
    # not feeding
    "n den ye tile saba ke, a te sin min tugun",  # bm: constructed
    "bebe wolola kunu, a tɛ se ka sin min",  # bm: constructed
    "n dogomuso jiginna tile fila, denyerenin ma sin min kabini sogoma",  # bm: constructed
    "bb 1 semaine a tɛ sin min ka ɲɛ, il refuse le sein",  # bm: constructed
    # convulsions
    "n den ye tile wolonwula ke, kirinni b'a la sisan",  # bm: constructed
    "jali ye bebe minɛ, a wolola tile duuru",  # bm: constructed
    "denyɛrɛnin bɛ kirin, a wololen ko tile saba",  # bm: constructed
    # breathing
    "n muso jiginna kunu, den tɛ se ka ɲɔn ka ɲɛ, sa poitrine se creuse",  # bm: constructed
    "bebe tile 6, a finye wulilen don kosebe",  # bm: constructed
    "denyerenin wolola tile naani, a bɛ ɲɔn joona joona",  # bm: constructed
    # no movement
    "n den tile naani, a te lamaga hali n y'a maga",  # bm: constructed
    "bb wolola tile saba, a tɛ lamaga, il est tout mou",  # bm: constructed
    # fever / very hot
    "farigan juguba ye denyerenin mine, a wolola tile 5",  # bm: constructed
    "n ka bebe ye tile duuru kɛ, a fari ka kalan kosɛbɛ",  # bm: constructed
    "den wolola lundi, fievre 38,5 b'a la bi",  # bm: constructed
    # cold
    "denyerenin tile 4, nene b'a la kojugu, a fari bɛɛ",  # bm: constructed
    "bebe 1 semaine est froid, nɛnɛ b'a la hali fini kɔnɔ",  # bm: constructed
    # yellow
    "den wolola su fɛ, sogoma a kɛra nɛrɛmuguma ye",  # bm: constructed
    "denyɛrɛnin tile 12, a tɛgɛ ni a sentɛgɛ bɛɛ ye neremuguman ye",  # bm: constructed
    "bebe 3 semaines a tegew ni a sentegew jaunes",  # bm: constructed
    # cord
    "n den barajuru bilennen don, a wolola tile 6",  # bm: constructed
    "bebe barajuru la nen be bo, a ye tile 8 ke",  # bm: constructed
    "denyɛrɛnin wololen ko tile naani, a bara bilennen don ani nɛ bɛ bɔ",  # bm: constructed
    # pustules
    "n den tile 9, kuru caman b'a fari la, nen b'u kɔnɔ",  # bm: constructed
    "bebe 10 jours, kurukuru nɛmaw caman b'a kɔ ni a kɔnɔbara la",  # bm: constructed
]

MOTHER = [
    # --- French ---
    # pregnancy
    "je suis enceinte de 6 mois et je saigne depuis ce matin",
    "ma femme est enceinte de 7 mois elle a tres mal a la tete et elle voit flou",
    "enceinte 8 mois, de l eau coule entre mes jambes depuis 1h mais aucune contraction",
    "depuis hier je sens plus le bebe bouger dans mon ventre, je suis a 34 semaines",
    "ma soeur est enceinte, son visage et ses mains sont gonfles depuis 2 jours",
    "ma belle fille enceinte a fait une crise, elle est tombee et tout son corps tremblait",
    "grossesse de 5 mois, j ai tres tres mal au ventre, la douleur s arrete pas",
    "enceinte, forte fievre et je suis trop faible pour me lever du lit",
    "je suis enceinte et j arrive plus a respirer, essoufflee meme couchee",
    # after the birth
    "j ai accouche il y a 5 jours et je saigne de plus en plus, je remplis les pagnes",
    "ma femme a accouche la semaine passee, elle a de la fievre, elle grelotte et ses pertes sentent mauvais",
    "10 jours apres l accouchement mon mollet gauche est gonfle et me fait tres mal",
    "depuis mon accouchement j ai mal a la poitrine et je manque de souffle",
    "j ai accouche il y a 3 semaines et parfois je pense a me faire du mal",
    "ma fille a accouche avant hier, d un coup elle saigne beaucoup et elle a la tete qui tourne",
    # --- Bambara / mixed ---
    # pregnancy
    "n kɔnɔma don kalo wɔɔrɔ, joli bɛ bɔ n na kabini sogoma",  # bm: constructed
    "n muso konoma don, basibon b'a la",  # bm: constructed
    "n denkɛ muso kɔnɔma don, jali y'a minɛ sisan",  # bm: constructed
    "kɔnɔma kalo 7, n kunkolo bɛ n dimi kosɛbɛ ani n tɛ fɛn ye ka ɲɛ",  # bm: constructed
    "n konoma don, farigan juguba bɛ n na, n te se ka wuli",  # bm: constructed
    "kɔnɔma kalo duuru, n kɔnɔ bɛ n dimi kosɛbɛ kojugu",  # bm: constructed
    "n dɔgɔmuso kɔnɔma don, a finye wulilen don, a tɛ se ka ɲɔn",  # bm: constructed
    "kalo 8 enceinte, ji bɔra n na nka tindimi tɛ",  # bm: constructed
    "den tɛ lamaga n kɔnɔ kabini kunu, kɔnɔma kalo segin",  # bm: constructed
    "n muso konoma don, a nyeda ni a bolo fila fununna",  # bm: constructed
    "musokɔnɔma, a kɔnɔbara bɛ dimi kosebe, elle pleure de douleur",  # bm: constructed
    # after the birth
    "n jiginna tile naani, joli bɛ ka caya",  # bm: constructed
    "n muso jiginna kunu, basi bɔnni ka bon kojugu",  # bm: constructed
    "n jiginna tile wolonwula, farigan bɛ n na ani n bɛ yɛrɛyɛrɛ",  # bm: constructed
    "jiginni kɔfɛ tile 5, farigan b'a la et les pertes sentent mauvais",  # bm: constructed
    "n jiginna dogokun fila, n gɛlɛnkala kelen fununna ani a bɛ n dimi",  # bm: constructed
    "kabini n jiginna, n disi bɛ n dimi, n finye wulilen don",  # bm: constructed
    "n jiginna kalo kelen, tuma dɔw n b'a fɛ ka n yɛrɛ faga",  # bm: constructed
    "apres accouchement n kunkolo bɛ n dimi kojugu ani n ɲɛ bɛ dibi",  # bm: constructed
    "n muso jiginna tile saba, kirinni y'a minɛ sisan",  # bm: constructed
]

BENIGN = [
    # an old story told to ask about her own risk (was an accepted alarm until the second round)
    "ma belle soeur a eu des convulsions il y a 10 ans pendant sa grossesse, est ce que c est hereditaire?",
    # --- French ---
    "c quoi la perte des eaux exactement? je suis a 5 mois tout va bien",
    "c est quoi les signes de danger chez le nouveau ne, juste pour savoir",
    "j ai saigne du nez ce matin a cause de la chaleur, c est deja arrete",
    "la sage femme m a pris du sang a la cpn pour le test, on a le resultat quand?",
    "il fait trop chaud a bamako en ce moment, on peut dormir dans la cour sous la moustiquaire?",
    "quand mon mari a vu le prix du mouton mon sang n a fait qu un tour mdr",
    "le bebe a le hoquet apres chaque tetee, il a 2 semaines et il va bien",
    "mon bb eternue souvent, il a 10 jours, il tete bien et il dort bien",
    "le caca de mon bebe est jaune comme de la moutarde, il tete bien et il grossit",
    "le cordon est tombe hier tout sec, le nombril est propre",
    "j avais un petit mal de tete ce matin, j ai bu de l eau et c est parti",
    "mes pieds gonflent un peu le soir apres le marche, le matin c est fini",
    "la nuit j ai des crampes aux jambes depuis que je suis enceinte, que faire",
    "je suis enceinte de 4 mois et un peu fatiguee le soir, ma voisine dit que c est normal",
    "j ai un peu mal au bas du dos quand je balaie la cour, grossesse 6 mois",
    "le bebe pleure le soir vers 19h puis il dort bien, il tete bien",
    "j ai accouche il y a 5 jours, je pleure un peu des fois mais ma mere m aide et ca va",
    "quel jour pour le vaccin de mon bebe de 6 semaines?",
    "c est combien le bilan sanguin de la cpn au cscom?",
    "la semaine derniere j avais de la fievre, c etait le palu, le cscom m a soignee et ca va maintenant",
    "la sage femme dit que le bebe bouge bien, comment on compte les mouvements?",
    "j ai des brulures d estomac apres le repas du soir",
    "c est quoi une contraction? je suis seulement a 3 mois",
    "la soupe etait trop chaude je me suis brule la langue lol",
    "le nombril de mon bebe est sec et propre, je le nettoie comment?",
    "mon bebe de 1 mois a des petits points blancs sur le nez, pas de pus, il tete tres bien",
    "les nausees du matin ca dure jusqu a quand?",
    "mon test de grossesse est positif, je commence la cpn quand?",
    "mon mari avait le palu, le cscom lui a donne les medicaments, il est gueri",
    "on a fait l echo a 20 semaines, tout est normal, c est une fille",
    "groupe sanguin o+ ecrit sur mon carnet, ca veut dire quoi?",
    "le bebe a 2 mois il tete bien il dort bien il a pris du poids, merci a la sage femme",
    # --- Bambara / mixed ---
    "perte des eaux kɔrɔ ye mun ye? n kɔnɔma don kalo naani",  # bm: constructed
    "bebe bɛ tiso tuma caman, a bɛ sin min ka ɲɛ",  # bm: constructed
    "denyerenin barajuru binna kunu, a jalan don, a ka ɲi",  # bm: constructed
    "boloci don ye don jumɛn ye bebe kalo fila ye?",  # bm: constructed
    "n kunkolo tun bɛ n dimi dɔɔnin sogoma, a banna",  # bm: constructed
    "n sen bɛ funun dɔɔnin wulafɛ, sogoma a bɛ ban",  # bm: constructed
    "CPN la sage-femme ye n joli ta analyse kama, resultat ka ɲi",  # bm: constructed
    "wari joli don CPN la?",  # bm: constructed
    "funteni ka bon bi kojugu",  # bm: constructed
    "n kɔnɔma don kalo saba, n bɛ sɛgɛn dɔɔnin wulafɛ",  # bm: constructed
    "n kɔ bɛ n dimi dɔɔnin ni n ye baara caman kɛ",  # bm: constructed
    "bebe bɛ kasi wulafɛ, o kɔfɛ a bɛ sunɔgɔ ka ɲɛ",  # bm: constructed
    "kunu farigan tun bɛ n na, palu tun don, CSCom ye n furakɛ, sisan a banna",  # bm: constructed
    "kɔnɔnin dɔ donna so kɔnɔ sogoma, den bɛ yɛlɛ",  # bm: constructed
    "su fɛ crampes bɛ n sen na, kɔnɔma kalo wolonwula",  # bm: constructed
    "n jiginna dɔgɔkun kelen, dusukasi dɔɔnin bɛ n na tuma dɔw, n ba bɛ n dɛmɛ",  # bm: constructed
    "bebe bo ye neremuguman ye, a bɛ sin min ka ɲɛ",  # bm: constructed
    "funteni kosɔn joli bɔra n nun na dɔɔnin, a banna joona",  # bm: constructed
    "i ni ce sage-femme, den bɛ sin min ka ɲɛ sisan, a kɛnɛyara",  # bm: constructed
]


# Recall first: an old story or a sign a midwife already saw still alarms, because no pattern can
# tell "it was" from "it is" without missing "il y a 2 ans une césarienne, là je saigne". A midwife
# reads these and closes the case; when the detector learns the difference, move them to BENIGN.
# Two French cases were accepted alarms until round 5 (tests/danger_cases/round5_near_misses.py) taught
# the lexicon someone else's old story and a sign checked and gone; they are in BENIGN_SINCE_ROUND5.
BENIGN_SINCE_ROUND5 = [
    "ma grand mere raconte qu en 1985 elle a saigne beaucoup a son accouchement au village",
    "mon bebe avait les yeux un peu jaunes a 5 jours, la sage femme a regarde, c est parti maintenant",
]

ACCEPTED_ALARMS = [
    "n ba ko san 1985 a jiginna dugu la, basi bɔra kosɛbɛ o waati",  # bm: constructed
]
