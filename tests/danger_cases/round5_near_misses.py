"""Round 5: near misses, a blind development set for the danger detector.

Written 2026-12-03 (evening) by a helper session (an AI assistant started by a project session),
WITHOUT seeing the detector: I did not open bot/nlu/, data/, the other files in tests/, docs/nlu.md
or scripts/nlu/ (corpus_grep.py was only run, never read). I listed the names of the files in
tests/danger_cases/ once, by mistake, and did not open any of them.

Read: /work/shared/CONTENT_FACTS.md (the WHO danger signs of pregnancy, after the birth, and of the
newborn; the common discomforts), /work/shared/data/bambara/vocab_health.tsv, bot/content/danger.py,
bot/content/postnatal.py, and the French answers of bot/content/faq.py.

Three lists:

* ``BENIGN``: not an emergency now, but using danger-sign words (bleeding, blood, fever, hot/cold
  baby, fits, yellow, cord/navel, waters, headache, swelling, not feeding, not moving, breathing,
  pus, smell, calf, sadness, fainting...). Spread over eight forms: (1) normal and said to be fine;
  (2) already checked by the CSCom/midwife/doctor and settled; (3) over, past, healed; (4) about
  someone else (husband, her mother, an older child, a neighbour's cow, a colleague); (5) a general
  question; (6) a negation; (7) mild/normal things of pregnancy or after birth (spotting after a
  vaginal exam, lochia decreasing, hiccups, peeling skin, a dry cord that fell off, yellow stools
  or urine, a yellow dress, a fit of laughter, a cold, the April heat, leg cramps at night);
  (8) greetings/thanks/news after a past scare.
* ``NEWBORN``: real danger signs of the baby now (WHO PCPNC 2015 / postnatal care 2013-2022), many
  wrapped in the same forms (a visit that did not fix it, a sign beside a negated sign, a question
  holding a current sign, a message from a relative).
* ``MOTHER``: real danger signs of the mother now (pregnancy or after the birth), wrapped the same
  ways. "Baby not moving in the womb" is here, not in NEWBORN.

Bambara. Every Bambara token (after expanding the elisions b' t' k' y' m', as the corpus folding
does) was checked with scripts/nlu/corpus_grep.py on
/work/shared/data/bayelemabaga (folded text), or is in vocab_health.tsv, or is a loanword Bamako
uses (bb, bébé, cscom, cpn, sage-femme, palu, test, pertes, avril, tension). Frames used, with the
corpus line that attests them (split:line):

* fever: "farigan bɔra a la kunu" train:32950 ("la fièvre l'a quitté hier"); "farigan be den
  mine" dev:2135; "Farilafunteni" train:8752; "funteni bɛ n na" train:23528 (j'ai chaud);
  "Funteni bɛ." test:3573; "a ka kalan" dev:2298 (chaude).
* cold: "nɛnɛ bɛ a la" train:23525; "Nene be ne na kojugu" train:16303; "nene y'a mine"
  test:1934; "birifini" train:4440 / test:560 (couverture).
* nothing wrong: "a ko foyi t'a la" train:9892; "a ko foyi tɛ n na" train:11213; "Foyi t'a la"
  test:897; "Bana man jugu" train:3705; "A ka kɛnɛ" train:24107; "n buranmusow ka kɛnɛ?"
  train:11831; "Kasa t'a la dɛ?" test:4604 (pas d'odeur).
* healed / over: "u kɛnɛyara" train:22839; "kuna bɔra a la" train:31516; "A banna!" train:674;
  "kalo tɛmɛnen" test:3984; "a temena" train:577; "Hali bi o be ten" test:1104; "A te fili
  tuguni" test:3003 (plus).
* pain / head / belly: "a bɛ n dimin" train:8519; "banabagato kunkolo be k'a dimi" dev:2388;
  "Kungolodimi ni konodimi b'a la" test:2904; "a bɛ i kɔnɔ dimi" train:3692.
* bleeding / blood: "Basibɔn." train:8800; "basibɔn juguman ... jiginni kɔfɛ" train:9077;
  "joli bɔra o nun ni a da fɛ" train:14591; "joli be bɔ" train:14614; "Basi bɔnni" train:8976;
  "joli" = combien: "O kuntaala bɛ waati joli bɔ?" train:9314.
* swelling: "n'a senw wali a sentontoliw fununnen don" dev:2360; "Senfunu" train:8874;
  "a senkalaw" dev:2522; "nyewolow fununnen ani k'u bilen" dev:2237; "bilennen" dev:2378.
* fits / fainting / trembling: "Kirinni (Jali)" train:8876; "mogo joginnen kirinna wa?"
  dev:2552; "n kirinna" test:185; "a be yɛrɛyɛrɛ" train:11369.
* breathing: "Ninakili" train:8753; "i bɛ se ka ɲɔn" train:1168; "gelen" dev:2331; "teliya"
  train:5739.
* suckling / milk: "a bɛ a mamuso sin min" train:1894; "denw minnu ma sin min" train:9315;
  "a ye sin di den ma" train:19869; "sinji" train:2031; "siɲɛ fila tile kono" dev:2150.
* movement: "tulow ... bɛ lamaga" dev:3579.
* yellow / jaundice / pus: "Sayi nɛrɛmuguma" train:8894; "neremuguman ... o ye nen ye" dev:1928;
  "nen caman be ka bo denyerenin do nye la" dev:2054; "kurunin" dev:2298.
* cord: "den barajuru ka bin" train:22214.
* waters / labour: "joli ni ji bɔra" train:33808; "a ko tin ye a mine" train:18555;
  "tindimi daminɛ" train:31043; "a jiginna dence" train:18556; "Ni den wola" train:22241.
* sadness: "U dusu kasilen don" train:29101; "A ko n dusukasilen don" test:1489.
* vision: "nye te yeli ke ka nye" dev:2404; "nye be yeli ke k'a nye" dev:2022.
* self-harm: "Zida ka yɛrɛ faga" train:30320; "N b a fɛ ka ..." train:22926.
* health centre: "i b'a bila ka taa dogotoroso la" dev:2204; "Dɔgɔtɔrɔ ye fura kɛ" test:4135;
  "i ... ka kan k'a laje" dev:2585; "lajeli" dev:1746.
* family: "n cɛ" train:20298; "n ba" test:2009; "n denkɛ" train:12839; "n kɔrɔmuso"
  train:20346; "n muso" train:12062; "buranmuso" train:30453; "Sigi-nyogonw" test:3297;
  "baarakɛɲɔgɔn" train:34609; "misi" test:3687; "den si be san kelen ni san naani ce" dev:2702.
* questions: "Yala tiɲɛ don wa?" test:3813; "taamashyen jumenw" dev:1955; "Faratiw" train:8789;
  "Cogo di?" train:9296; "Mun ka kan ka kɛ sa?" train:34870.
* time / cause: "sani a su ka don" train:22896 (avant que); "bi sɔgɔma" train:14020; "kabini o
  kɛra" train:14635; "Saya sababuw" train:9210; "ɲɛda" dev:2316; "disi" train:14077 (poitrine);
  "Aw ka wuli!" train:31136.
* thanks / greetings: "I ni ce!" train:10275; "Aw ni ce !" train:17789; "i ni sɔgɔma"
  train:14009; "Ala tanu" train:36643.

All Bambara sentences are constructed from these frames (each marked ``# bm: constructed``);
spellings are mixed, with and without ɛ ɔ ɲ. No native Bambara speaker has reviewed these, and
no midwife has reviewed the labels.
"""

BENIGN = [
    # --- French: 1. normal, said to be fine ---
    "le bb bouge bien ce matin, il donne des coups de pied",
    "g des pertes blanches un peu, sans odeur, pas de demangeaison",
    "il tete bien et il dort bien, son nombril est propre",
    "bb a pris le sein toute la nuit, il fait pipi et caca normal",
    "ma temperature ce matin c 36,8 tout va bien",
    "quand il dort il respire calmement, il est bien rose",
    "mes pieds gonflent un peu le soir quand je reste debout au marché, la nuit ca part",
    "mon lait coule bien, le bb boit beaucoup",
    "les selles du bb sont jaunes comme la moutarde, il est en forme",
    "le cordon seche bien, il est noir et sec",
    "7 mois, le bebe bouge comme d'habitude, aucun souci",
    # --- French: 2. checked and settled ---
    "la sage femme a vu les pertes, elle a dit c normal",
    "on est allé au cscom hier pour la fievre du bb, il va mieux",
    "le docteur a pris la tension, c bon, il dit que mes maux de tete c la fatigue",
    "a la cpn la sage femme a ecouté le coeur du bb, il bat bien",
    "le medecin a regardé le nombril, il dit c propre et que ca va tomber seul",
    "echographie faite ce matin, le bb bouge bien et le liquide est normal",
    "le pediatre a controlé le jaune des yeux, il a dit que ca diminue et c fini",
    "test palu fait au cscom il est negatif, la fievre de la nuit c passé",
    "la sage femme m'a examinée pour les saignements de la semaine derniere, tout est en ordre",
    "l infirmier a dit que les petits boutons blancs sur le nez du bb c normal",
    "la matrone a vu mon mollet, c'etait juste une crampe, ca va",
    # --- French: 3. over, past, healed ---
    "la fièvre est partie depuis 2 jours",
    "j'avais saigné la semaine passée mais ça s'est arrêté",
    "il avait du mal a teter les premiers jours, maintenant il tete tres bien",
    "le mal de tete d'hier soir est parti apres avoir dormi",
    "la rougeur autour du nombril a disparu depuis samedi",
    "mes pieds etaient gonflés avant l'accouchement, maintenant ils ont dégonflé",
    "j'etais triste et je pleurais la premiere semaine, ca va mieux maintenant",
    "il avait le corps chaud dimanche, depuis lundi temperature normale",
    "la toux du bb est finie, il dort bien",
    "g eu des vertiges au 3e mois, depuis plus rien",
    "ma premiere fille avait été jaune a la naissance, elle a 3 ans maintenant",
    # --- French: 4. someone else ---
    "mon mari a de la fievre depuis hier",
    "mon fils de 4 ans a le palu, il est sous traitement",
    "ma mere a mal a la tete a cause de sa tension",
    "la vache du voisin a mis bas ce matin et elle saigne beaucoup",
    "ma collegue de bureau a fait une crise d'epilepsie au travail",
    "ma belle soeur a le pied gonflé, elle est pas enceinte",
    "ma fille de 6 ans a les yeux jaunes, ca peut etre quoi",
    "le petit frere de mon mari est tombé du velo et il saigne du nez",
    "mon beau pere respire mal la nuit, il ronfle fort",
    "notre chevre ne mange plus et elle a le corps chaud",
    "mon grand fils de 7 ans fait des convulsions quand il a forte fievre, le medecin le suit",
    # --- French: 5. general question ---
    "c quoi les signes de danger pendant la grossesse",
    "comment savoir si le bébé a la jaunisse",
    "est-ce que la fièvre est dangereuse pendant la grossesse ?",
    "a partir de quel mois le bb commence a bouger dans le ventre?",
    "les saignements apres accouchement durent combien de jours normalement?",
    "c quoi la preeclampsie svp",
    "comment soigner le nombril du bb, on met quoi dessus?",
    "combien de fois par jour un nouveau né doit teter?",
    "comment on sait que la poche des eaux a percé? je veux etre prete le jour j",
    "une femme enceinte peut prendre du paracetamol pour un mal de tete?",
    "c quoi la difference entre les vraies contractions et les fausses",
    # --- French: 6. negation ---
    "pas de fievre pas de saignement, je voulais juste dire bonjour",
    "il tète bien, pas de problème",
    "aucun saignement, aucune perte d'eau, le bb bouge",
    "non il n'est pas jaune, le blanc de ses yeux est bien blanc",
    "je n'ai pas mal a la tete et je vois bien",
    "le nombril ne sent pas et il n'y a pas de pus",
    "il ne fait pas de convulsions, il sursaute juste quand il y a du bruit",
    "mes jambes ne sont pas gonflées, mes mains non plus",
    "non pas de douleur au mollet, c'etait juste pour demander",
    "je ne suis pas deprimée hein, juste un peu fatiguée",
    "elle ne saigne plus du tout et elle n'a pas de fievre, merci",
    # --- French: 7. mild / normal things of pregnancy and after birth ---
    "petit saignement apres le toucher vaginal, la sage femme avait prevenu, ca s'est arreté tout seul",
    "les lochies diminuent, maintenant c rose clair",
    "bb a souvent le hoquet apres la tetee mais il est bien",
    "la peau du bb pele un peu sur les pieds, il a 10 jours",
    "le cordon est tombé hier, tout sec et propre",
    "bb est tout chaud sous la couverture mais il dort tranquille, je l'ai decouvert un peu",
    "mes urines sont jaune foncé quand je bois pas assez d'eau",
    "j'ai acheté une robe jaune pour le bapteme",
    "on a eu une crise de fou rire avec ma soeur ce soir",
    "j'ai un petit rhume, le nez qui coule seulement",
    "avec la chaleur d'avril j'ai tout le temps chaud la nuit",
    "crampes aux mollets la nuit a 7 mois, le matin ca passe",
    "mon ventre gratte et ma peau tire, c les vergetures je pense",
    # --- French: 8. greetings, thanks, news after a past scare ---
    "merci, le bébé va bien maintenant après la fièvre de lundi",
    "slt, juste pour dire que les saignements ont arreté, merci pour le conseil",
    "merci bcp, on est rentré du cscom, le bb tete de nouveau",
    "alhamdoulillah le bb respire bien depuis le traitement du cscom",
    "cc, bb a 2 semaines aujourd hui, le nombril est tombé sans souci",
    "merci pour hier, la sage femme a dit que c'etait rien les pertes",
    "salut, la peur est passée, le bb a rebougé fort apres mon repas",
    "on va bien, la fievre est tombée depuis mercredi, merci a vous",
    "bjr, ma tete ne fait plus mal, merci pour les conseils",
    "bonsoir, nouvelles du bb: plus de pus a l'oeil depuis les gouttes, il va bien",
    "merci infiniment, ma tension est redevenue normale depuis la visite",

    # --- Bambara: 1. normal, said to be fine ---
    "bb bɛ lamaga kosɛbɛ n kɔnɔ, a ka ɲi",  # bm: constructed
    "den be sin min ka nye, foyi t'a la",  # bm: constructed
    "pertes blanches bɛ n na dɔɔni nka kasa t'a la",  # bm: constructed
    "a ninakili ka ɲi, a bɛ sunɔgɔ dɔrɔn",  # bm: constructed
    "barajuru bɛ ja ka ɲɛ, kasa t'a la",  # bm: constructed
    "n kono kalo seegin, den be lamaga tuma bee",  # bm: constructed
    "n ka kɛnɛ, den fana ka kɛnɛ, a bɛ sinji min kosɛbɛ",  # bm: constructed
    # --- Bambara: 2. checked and settled ---
    "sage-femme y'a lajɛ, a ko foyi t'a la",  # bm: constructed
    "an taara cscom la kunu farigan kɔsɔn, sisan a ka fisa",  # bm: constructed
    "dogotoro ye n laje, a ko joli min bora kunu o man jugu",  # bm: constructed
    "jiginnimuso ye bb barajuru lajɛ cscom la, a ko a ka ɲi",  # bm: constructed
    "an ye den jira dɔgɔtɔrɔ la, a ko sayi t'a la",  # bm: constructed
    "tinminɛmuso ye n lajɛ, a ko n ji ma bɔ, pertes dɔrɔn don",  # bm: constructed
    "test palu kera cscom la, a ko sumaya t'a la",  # bm: constructed
    "dɔgɔtɔrɔ ye fura di n ma kungolodimi kɔsɔn, a ko a man jugu",  # bm: constructed
    # --- Bambara: 3. over, past, healed ---
    "bb farigan bora a la kunu, ala tanu",  # bm: constructed
    "joli tun bɛ bɔ dɔɔni, nka a jɔra kabini dɔgɔkun tɛmɛnen",  # bm: constructed
    "n kungolo tun be n dimi, sisan a banna",  # bm: constructed
    "sɔgɔsɔgɔ ni farigan tun b'a la, u bɛɛ bɔra a la",  # bm: constructed
    "den kɛnɛyara, a bɛ sin min tugun",  # bm: constructed
    "n senw tun fununnen don sani n ka jigin, sisan a banna",  # bm: constructed
    "nɛrɛmuguma tun bɛ bb ɲɛw la, nka a tɛmɛna",  # bm: constructed
    "n dusu tun kasilen don jiginni kɔfɛ, sisan n ka fisa",  # bm: constructed
    # --- Bambara: 4. someone else ---
    "n cɛ farigan b'a la kabini kunu",  # bm: constructed
    "n ba kunkolo be k'a dimi kosebe, a ka tension kosɔn",  # bm: constructed
    "n denkɛ min ye san naani ye, palu b'a la",  # bm: constructed
    "sigi-nyogonw ka misi ye den wolo, joli be bo a la kosebe",  # bm: constructed
    "n kɔrɔmuso senw funu, nka a tɛ musokɔnɔma ye",  # bm: constructed
    "n muso ka kɛnɛ, ne yɛrɛ kungolo de bɛ n dimi",  # bm: constructed
    "n baarakɛɲɔgɔn kirinna kunu baarayɔrɔ la",  # bm: constructed
    "n denmuso san duuru, nene y'a mine, sɔgɔsɔgɔ b'a la",  # bm: constructed
    # --- Bambara: 5. general question ---
    "kɔnɔmaya faratiw taamashyenw ye jumɛnw ye?",  # bm: constructed
    "farigan ka jugu musokonoma ma wa?",  # bm: constructed
    "n bɛ se ka sayi dɔn denyɛrɛnin na cogo di?",  # bm: constructed
    "jiginni kɔfɛ, basi bɛ bɔ tile joli?",  # bm: constructed
    "kɔnɔ kalo joli la den bɛ daminɛ ka lamaga?",  # bm: constructed
    "kirinni ye bana jumɛn ye? a sababu ye mun ye?",  # bm: constructed
    "barajuru bɛ bin tile joli kɔfɛ?",  # bm: constructed
    "denyerenin ka kan ka sin min sinye joli tile kono?",  # bm: constructed
    # --- Bambara: 6. negation ---
    "farigan t'a la, joli fana tɛ bɔ",  # bm: constructed
    "basi tɛ bɔ, n kɔnɔ fana tɛ n dimi",  # bm: constructed
    "ayi, den tɛ nɛrɛmuguma ye, a ɲɛ jɛman yɔrɔ ka jɛ",  # bm: constructed
    "a tɛ kirin dɛ, a bɛ kasi dɔrɔn",  # bm: constructed
    "ji ma bɔ, tin fana ma daminɛ, n bɛ n lafiɲɛ",  # bm: constructed
    "nen t'a barajuru la, kasa fana t'a la",  # bm: constructed
    "n kungolo te n dimi, n nye be yeli ke ka nye",  # bm: constructed
    "foyi tɛ n na, n senw ma funu",  # bm: constructed
    # --- Bambara: 7. mild / normal ---
    "n ye fini nɛrɛmuguma dɔ san, a ka ɲi kosɛbɛ",  # bm: constructed
    "funteni bɛ n na kosɛbɛ, avril funteni don",  # bm: constructed
    "nene y'a mine dɔɔni, a nun bɛ ji bɔ nka a bɛ sin min",  # bm: constructed
    "den fari ka kalan dɔɔni birifini kɔnɔ, n y'a bɔ, sisan a ka ɲi",  # bm: constructed
    "an ye yɛlɛ caman kɛ bi n kɔrɔmuso fɛ",  # bm: constructed
    "basi dɔɔni bɔra sage-femme ka lajɛli kɔfɛ, a ko o man jugu",  # bm: constructed
    "n segenna dɔɔni, n tɛ sunɔgɔ ka ɲɛ su fɛ",  # bm: constructed
    "den wolo bɛ ka bɔ dɔɔni a senw na, a tile tan",  # bm: constructed
    # --- Bambara: 8. greetings, thanks, news after a past scare ---
    "i ni ce, den ka kɛnɛ sisan farigan kɔfɛ",  # bm: constructed
    "abarika, bb bɛ sin min tugun",  # bm: constructed
    "ala tanu, basi ma bɔ tugun kabini tarata",  # bm: constructed
    "i ni sɔgɔma, an ka kɛnɛ, kunu farigan banna",  # bm: constructed
    "an sera so ka bɔ cscom la, den ka fisa, aw ni ce",  # bm: constructed
    "i ni ce kosebe, n kungolo te n dimi tugun",  # bm: constructed
]

NEWBORN = [
    # --- French ---
    "on est allé au cscom hier mais il tète toujours pas",
    "pas de fièvre mais il respire très vite",
    "est-ce normal que mon bébé de 4 jours soit tout jaune jusqu'aux pieds ?",
    "je suis la grand mere, le bb de ma belle fille a des convulsions depuis tout a l heure",
    "bb tres chaud 38,9 et il veut pas teter",
    "le nombril est rouge et ça coule du pus jaune, ça sent mauvais",
    "le bébé est froid malgré la couverture, il bouge presque pas",
    "il ne bouge que quand on le secoue, il dort tout le temps depuis ce matin",
    "bb né ce matin et il est deja jaune",
    "c normal que sa poitrine se creuse sous les cotes quand il respire? il a 6 jours",
    "mon bb de 5 jours a des boutons avec du pus partout sur le corps",
    "le docteur a donné un sirop mais la fievre du bb monte encore",
    "ya pas de pus mais le tour du nombril est tout rouge et gonflé",
    "ses bras et ses jambes tremblent et se raidissent, ses yeux tournent",
    "bb a vomi tout le lait et il refuse le sein depuis la nuit",
    "il respire avec un bruit et il gemit, il a 1 semaine",
    "c le papa qui ecrit, notre bb de 10 jours fait des crises, il se raidit",
    "hier la sage femme a dit c rien mais aujourdhui il tete plus du tout et il est brulant",
    "pas de diarrhée pas de vomi, mais il est jaune jusque dans les paumes des mains",
    "sa peau est froide et il est tout mou, il ne pleure meme pas",

    # --- Bambara ---
    "bb farigan ka bon kosɛbɛ, a tɛ sin min tugun",  # bm: constructed
    "denyɛrɛnin bɛ kirin sisan, a bolow bɛ yɛrɛyɛrɛ",  # bm: constructed
    "an taara cscom la kunu, nka hali bi a tɛ sin min",  # bm: constructed
    "farigan t'a la, nka a ninakili bɛ teliya kosɛbɛ",  # bm: constructed
    "den wolola bi sɔgɔma, sisan a fari bɛɛ ye nɛrɛmuguma ye",  # bm: constructed
    "nene be denyerenin na kosebe, a te lamaga",  # bm: constructed
    "bb barajuru bilennen don, nen bɛ bɔ a la",  # bm: constructed
    "n ka bb ma sin min kabini sɔgɔma, a bɛ sunɔgɔ dɔrɔn",  # bm: constructed
    "yala a ka ɲi wa, den tɛ lamaga fo n k'a lamaga?",  # bm: constructed
    "n buranmuso ka denyɛrɛnin bɛ kirin, an ka mun kɛ?",  # bm: constructed
    "a fari ka kalan kosebe, dogotoro ye fura di nka farigan ma jigin",  # bm: constructed
    "den bɛ fɔɔnɔ, a tɛ sin min, a bɛ kasi dɔrɔn",  # bm: constructed
    "bb ninakili ka gɛlɛn kosɛbɛ, a tile duuru",  # bm: constructed
    "den tile naani, a ɲɛw ni a sentɛgɛ bɛɛ ye nɛrɛmuguma ye",  # bm: constructed
    "kurunin caman bɛ denyɛrɛnin fari la, nen b'u la",  # bm: constructed
]

MOTHER = [
    # --- French ---
    "je saigne beaucoup depuis l accouchement et ça augmente, je change de pagne chaque heure",
    "enceinte de 6 mois je vois du sang dans ma culotte",
    "la poche des eaux a percé a 7 mois, pas de contractions",
    "mal de tete tres fort et je vois flou, 8 mois de grossesse",
    "ma femme enceinte fait des convulsions, que faire",
    "on est allé au cscom ce matin mais le sang coule encore plus maintenant",
    "pas de saignement mais j'ai de la fievre et je tremble, accouché il y a 5 jours",
    "les pertes sentent tres mauvais depuis mon accouchement et j'ai mal au bas ventre",
    "je respire mal et j'ai mal a la poitrine, j'ai accouché il y a 2 semaines",
    "mon mollet gauche est rouge, gonflé et me fait mal depuis la cesarienne",
    "est ce normal de ne plus sentir le bb bouger depuis hier soir? je suis a 8 mois",
    "douleur tres forte au ventre, je peux pas me tenir debout, enceinte de 5 mois",
    "je pense a me faire du mal, et parfois au bb aussi",
    "ma fille a accouché hier, elle s est evanouie et elle saigne",
    "mon visage et mes mains sont gonflés et je vois des mouches devant les yeux",
    "pas de fievre mais un liquide coule entre mes jambes sans arret, 32 semaines",
    "trop faible pour me lever, fievre forte, enceinte de 4 mois",
    "je perds des caillots gros comme la main depuis ce matin",
    "la sage femme m a renvoyée a la maison hier mais le saignement a repris fort",
    "j'ai envie de mourir depuis la naissance, je veux plus vivre",

    # --- Bambara ---
    "basi bɛ bɔ n na kosɛbɛ jiginni kɔfɛ, a bɛ caya",  # bm: constructed
    "n kɔnɔ kalo wolonwula, joli bɛ bɔ n na",  # bm: constructed
    "n ji bɔra, nka tin ma daminɛ, kalo wolonwula dɔrɔn",  # bm: constructed
    "n kungolo bɛ n dimi kosɛbɛ, n ɲɛ tɛ yeli kɛ ka ɲɛ",  # bm: constructed
    "n muso kɔnɔmaya kalo seegin, a bɛ kirin sisan",  # bm: constructed
    "farigan ka bon n na kosebe, n te se ka wuli",  # bm: constructed
    "den tɛ lamaga n kɔnɔ kabini kunu",  # bm: constructed
    "n senkala kelen fununnen don, a bilennen don, a bɛ n dimi kosɛbɛ",  # bm: constructed
    "n tɛ se ka ɲɔn ka ɲɛ, n disi bɛ n dimi",  # bm: constructed
    "n kɔnɔ bɛ n dimi kojugu, n tɛ se ka jɔ",  # bm: constructed
    "ji bɛ bɔ n na min kasa ka jugu, n jiginna tile naani",  # bm: constructed
    "cscom ye n lajɛ kunu nka basi ma jɔ hali bi",  # bm: constructed
    "n b'a fɛ ka n yɛrɛ faga, n ni den bɛɛ",  # bm: constructed
    "n ɲɛda ni n bolow funu, n kungolo bɛ n dimi",  # bm: constructed
    "n kirinna jiginni kɔfɛ, basi bɛ bɔ hali sisan",  # bm: constructed
    "farigan tɛ n na, nka n ninakili bɛ gɛlɛya kosɛbɛ",  # bm: constructed
]
