"""Third round of danger-sign development cases, written blind: the words of bleeding, fits,
waters, yellow and fever in ordinary messages, and the same words in real danger signs.

Written without reading the detector (bot/nlu/danger_lexicon.py), its training data (data/nlu/),
the held-out cases (tests/nlu/) or the other tests/test_nlu_danger*.py files, and never run
before being handed over. The medical line follows /work/shared/CONTENT_FACTS.md (WHO danger signs):
any bleeding or leaking water in pregnancy, convulsions or fainting of the woman, heavy or suddenly
increasing bleeding after the birth, fever with shivering after the birth, and a newborn's fever,
cold body, convulsions, yellow skin on day 1 or yellow palms and soles are DANGER. A husband's or
an older child's fever, a past event, a general question, a negation, or the same word in another
sense (weather, cooking, colours, the phone network) is BENIGN.

Bambara uses only words from /work/shared/data/bambara/vocab_health.tsv and the Bayelemabaga corpus,
or the French loanwords Bamako speakers use; sentences not attested as a whole end in
`# bm: constructed`. Attested frames relied on (split:line in /work/shared/data/bayelemabaga):
  blood     train:8800 "Basibɔn." (les saignements); train:9077 "basibɔn ... jiginni kɔfɛ";
            train:22813 "joli bɛ bɔ" (du sang coule); dev:1647 "O ye joli ye." (le sang);
            dev:1526 "O ye joli ye." (la plaie); train:8807 "Nuci." (saignements de nez);
            train:8967 "Muso ka kalolabɔ." (les règles); train:21049 "ko basi te!" (d'accord);
            train:9305 "Den joli bɛ muso fanba bolo?" (joli = combien); train:9291 "joli bangera";
            train:22814 "fanga dɔgɔya"; dev:2670 "bilennen" (rouge); test:4156 "sɛgɛsɛgɛliw" (analyses);
            train:17743 "mako bɛ ... na" (avoir besoin de); train:8954 "Ɲintaradimi" (gencives)
  fits      train:8822 / train:8876 "Kirinni, jali." (convulsions); test:2120 "F'a kirinna"
            (sans connaissance); test:185 "n kirinna" (évanoui); test:4248 "sumaya ye mɔgɔw minɛ"
            (paludisme); test:2919 "Sunogo be Musa la." (sommeil); test:4186 "bɔra ka bin ka ci";
            test:4377 "N bɛ se ka ..."; train:13431 "mun kɔsɔn"; train:23505 "Nin ye mun ye?"
  water     train:8287 "Ne bɛ ji min sisan !"; train:8615 "litiri"; train:18229 "Sanji fɔlɔw binna.";
            train:28630 "jikalan"; train:22630 "ji kalaman"; train:14396 "ji sumalen";
            test:4604 "Kasa t'a la dɛ ?" (pas d'odeur); train:31043 "tindimi"
  yellow    train:8894 "Sayi nɛrɛmuguma." (fièvre jaune); dev:1928 "neremuguman"; test:4309
            "Mangoro mɔnnen"; train:22240 "Denkundi" (baptême); test:3813 "tiɲɛ don wa?"
  hot/cold  test:55 "Farigan juguba ye den mine o su kelen."; dev:2357 "farigan be banabagato la";
            test:3572 "Nɛnɛ bɛ."; test:1934 "nene y'a mine"; train:18709 "nene be ne mine";
            test:3573 "Funteni bɛ."; train:8752 "Farilafunteni" (température)
  frames    train:9362 "O ka ɲi wa?" (est-ce normal ?); dev:4645 "An musow konoma don.";
            train:8982 "jiginni kɔfɛ"; train:9291 / train:14946 "bangera" (est né);
            train:22837 "fini don" (porter un pagne); test:431 "sin ... di nin ma" (donner le sein)
"""

# Not an emergency now -> no alarm.
BENIGN = [
    # --- blood / bleeding (fr)
    "mes gencives saignent quand je me brosse les dents, c normal pendant la grossesse ?",
    "Bonsoir, mon fils de 4 ans saigne du nez quand il fait très chaud, je fais quoi ?",
    "La sage-femme m'a demandé une prise de sang pour le groupe sanguin, je dois être à jeun ?",
    "Mon frère est hospitalisé au Point G, ils cherchent des donneurs de sang. Est-ce que je peux donner si j'allaite ?",
    "le docteur dit que mon sang est faible, c l anemie. je dois manger quoi stp",
    "mes regles sont revenues 5 mois apres l accouchement alors que j allaite, c normal ?",
    "Je me suis coupée au doigt en coupant les oignons, ça saigne un peu, je mets quoi dessus ?",
    "Juste une question, je ne saigne pas : est-ce que c'est grave si on saigne pendant la grossesse ? On en a parlé au groupe SHARE",
    "Bébé a 5 semaines et les saignements ont presque fini, juste un peu rosé de temps en temps, c'est normal ?",
    "ma soeur a fait son bilan sanguin a la CPN, tout est bon, merci pour le rappel",
    # --- fainting / convulsions / crisis (fr)
    "Mon mari fait une crise de palu depuis hier, il prend son traitement. Je peux dormir à côté de lui ?",
    "mon petit frère a fait une crise d'asthme cette nuit, ça va mieux maintenant, il lui faut quel médicament ?",
    "J'ai fait une crise de colère contre mon mari pour rien ce matin 😅 c'est la grossesse ?",
    "Ma cousine est épileptique depuis l'enfance, elle voudrait un bébé. Ses médicaments sont dangereux pendant la grossesse ?",
    "je tombe de sommeil toute la journée depuis que je suis enceinte, c normal ?",
    "C'est quoi exactement les convulsions ? La sage-femme en a parlé et je n'ai pas compris",
    "Désolé le réseau est tombé pendant l'appel, la sage-femme peut me rappeler ?",
    "Je me suis évanouie à un mariage il y a 10 ans à cause de la chaleur, est-ce que ça peut m'arriver pendant l'accouchement ?",
    "Crise de larmes hier soir sans raison, bébé a 4 jours, ma mère dit que c'est normal les premiers jours",
    "ya coupure de courant, si mon tel tombe en panne je vous ecris demain",
    # --- water / waters (fr)
    "Combien de litres d'eau je dois boire par jour enceinte ?",
    "coupure d eau depuis 3 jours a sikoro, je peux laver bb avec l eau du puits si je la fais bouillir ?",
    "Il pleut trop à Bamako aujourd'hui, je peux venir à la CPN demain ?",
    "À quoi ça ressemble quand la poche des eaux se perce ? Je veux reconnaître le moment le jour J",
    "J'ai des pertes blanches un peu plus qu'avant, sans odeur et sans démangeaisons, je suis à 5 mois. C'est normal ?",
    "est ce que je peux donner un peu d eau a mon bb de 2 mois quand il fait chaud ?",
    "On peut se laver à l'eau froide après l'accouchement ? ma belle-mère dit seulement l'eau chaude",
    "Mon téléphone est tombé dans l'eau hier, c'est pour ça que je ne répondais pas",
    "Ma sœur a accouché hier soir au CSCom, la poche des eaux s'est percée là-bas et tout s'est bien passé. On peut lui rendre visite quand ?",
    # --- yellow (fr)
    "J'ai acheté un pagne jaune pour le baptême de bébé 😍",
    "Les selles de mon bébé sont jaunes et molles, il a 3 semaines et il prend seulement le sein, c'est normal ?",
    "Est-ce que je peux manger des mangues bien jaunes pendant la grossesse ?",
    "C'est quoi la jaunisse chez le nouveau-né ? je demande juste pour savoir, mon bébé va bien",
    "La jaunisse de mon fils est partie, la sage-femme a vérifié mardi et elle a dit que c'est fini. Merci !",
    "le premier lait est jaune et epais, ma belle mere dit de le jeter, c vrai ?",
    "vaccin fievre jaune pendant la grossesse c possible ?",
    # --- hot / cold / fever (fr)
    "Il fait trop chaud en ce moment, je dors mal la nuit, des conseils ?",
    "Avec la saison chaude, je peux mettre le ventilateur dans la chambre du bébé ?",
    "Mon mari a de la fièvre depuis hier, il est allé au CSCom. Je dois éloigner le bébé de lui ?",
    "mon grand de 6 ans a la fievre depuis ce matin, le sirop paracetamol du bebe marche pour lui ?",
    "Bébé n'a pas de fièvre, juste le nez un peu bouché, je peux le laver ?",
    "j'ai pris la température de bb au thermomètre : 36,8. c'est bon ?",
    "Quelle température est normale pour un bébé ?",
    "Je bois beaucoup d'eau froide du frigo, ça donne froid au bébé dans le ventre ?",
    "Il fait froid le matin en ce moment, comment je couvre bébé pour la nuit ?",
    # --- blood / bleeding (bm)
    "ayiwa, basi te, i ni ce",  # bm: constructed
    "n ye n bolokɔni tigɛ muru la, joli bɔra dɔɔni dɔrɔn",  # bm: constructed
    "Nuci bɛ n dɔgɔkɛ la tuma dɔw funteni fɛ, fura bɛ wa?",  # bm: constructed
    "n nyintaraw be joli bo ni n be brosse ke, konomaya de koson wa?",  # bm: constructed
    "sage-femme ko joli sɛgɛsɛgɛli ka kɛ, a bɛ kɛ CSCom la wa?",  # bm: constructed
    "n balimamuso mago be joli la dogotoroso la. n be se ka joli di ni n be sin di den ma wa?",  # bm: constructed
    "dɔgɔtɔrɔ ko n joli ka dɔgɔ, anémie. n ka kan ka mun dun?",  # bm: constructed
    "kalo wooro jiginni kofe, n ka kalolabo seginna. n be sin di den ma hali bi. O ka nyi wa?",  # bm: constructed
    "dɔgɔkun naani jiginni kɔfɛ, joli dɔgɔyara kosɛbɛ, a bilennen tɛ tugun. O ka ɲi wa?",  # bm: constructed
    # --- joli = "how many" (bm)
    "CPN joli ka kan ka kɛ kɔnɔmaya la?",  # bm: constructed
    "ji litiri joli ka kan ka min tile kelen kono? n konoma don",  # bm: constructed
    "fini joli ka kan ka don denyɛrɛnin na ni nɛnɛ bɛ?",  # bm: constructed
    # --- fainting / convulsions / crisis (bm)
    "sumaya ye n cɛ minɛ kabini kunu, a bɛ fura ta. n bɛ se ka bana sɔrɔ a fɛ wa?",  # bm: constructed
    "Kirinni ye mun ye? Jali ye mun ye?",  # bm: constructed
    "n balimamuso ka jali bɛ kabini a denmisɛnya, a bɛ fura ta. a bɛ se ka kɔnɔ ta wa?",  # bm: constructed
    "N ka telefɔni bɔra ka bin ka ci, o de kosɔn n ma jaabi",  # bm: constructed
    "Sunogo be n na tuma bee, konomaya de koson wa?",  # bm: constructed
    "san tan tɛmɛnen, n kirinna kɔɲɔ dɔ la funteni kosɔn. o bɛ se ka segin wa?",  # bm: constructed
    # --- water (bm)
    "sanji bɛ na kosɛbɛ, n tɛ se ka na CSCom bi",  # bm: constructed
    "ji te an fe kabini tile saba, coupure. n be se ka den ko kolon ji la wa?",  # bm: constructed
    "funteni ka bon, n bɛ se ka ji di denyɛrɛnin ma wa?",  # bm: constructed
    "pertes blanches dɔɔni bɛ n na, kasa t'a la. o ka ɲi wa?",  # bm: constructed
    # --- yellow (bm)
    "N ye fini nɛrɛmuguma san denkundi kama 😍",  # bm: constructed
    "mangoro mɔnnen nɛrɛmuguma, musokɔnɔma bɛ se k'o dun wa?",  # bm: constructed
    "bebe ka selles ye neremuguma ye, a be sin min doron. o ka nyi wa?",  # bm: constructed
    "sinji fɔlɔ ye nɛrɛmuguma ye, n ba ko n k'a bɔ. tiɲɛ don wa?",  # bm: constructed
    "sage-femme ye den lajɛ tarata, a ko jaunisse banna, den ka ɲi",  # bm: constructed
    # --- hot / cold / fever (bm)
    "farigan be n ce la kabini kunu, a taara CSCom. n be se ka sunogo a kere fe wa?",  # bm: constructed
    "farigan tɛ den na, a bɛ sin min kosɛbɛ, i ni ce",  # bm: constructed
    "Farilafunteni hakɛ jumɛn ka ɲi denyɛrɛnin na?",  # bm: constructed
    "n denke san wooro, farigan b'a la. bebe ka paracetamol be se k'a deme wa?",  # bm: constructed
]

# Real danger signs now, with the same word families.
DANGER = [
    # --- fr
    "Je suis enceinte de 6 mois et je saigne depuis ce matin",
    "ma femme est enceinte de 3 mois, elle perd du sang rouge depuis une heure, on fait quoi ??",
    "J'ai accouché il y a 3 jours et le saignement a augmenté d'un coup, je mouille un pagne en une heure",
    "jsuis a 2 mois de grossesse g vu du sang dans ma culotte ce matin, un peu seulement",
    "Ma sœur est enceinte de 8 mois, elle a fait une crise, elle a convulsé et maintenant elle ne répond plus",
    "mon bébé de 5 jours fait des convulsions, ses bras tremblent et ses yeux partent en haut",
    "Enceinte de 7 mois, je suis tombée évanouie dans la cour tout à l'heure",
    "Depuis ce matin de l'eau coule entre mes jambes, je suis à 7 mois et je n'ai pas de contractions",
    "la poche des eaux a percé mais pas de douleurs, 8 mois. on fait quoi",
    "j'ai un liquide clair qui coule tout le temps, je suis enceinte de 32 semaines",
    "Bébé est né cette nuit et sa peau est déjà jaune",
    "Mon bébé a 10 jours, les paumes des mains et les plantes des pieds sont jaunes",
    "mon bb de 2 semaines a de la fievre, son corps est tres chaud et il tete pas",
    "Le nouveau-né est tout froid même sous le pagne, il ne tète pas bien",
    "J'ai accouché il y a 4 jours, j'ai de la fièvre, je tremble de froid et j'ai mal au ventre",
    "Enceinte de 5 mois, forte fièvre depuis 2 jours, je n'arrive plus à me lever du lit",
    # --- bm
    "n kɔnɔma don kalo duuru, joli bɛ bɔ n na kabini sɔgɔma",  # bm: constructed
    "joli be bo n na, n konoma don",  # bm: constructed
    "Basibɔn! n muso jiginna kunu, joli bɛ bɔ kosɛbɛ, a fanga dɔgɔyara",  # bm: constructed
    "n konoma don kalo wolonwula, ji be bo n na, tindimi t'a la",  # bm: constructed
    "farigan juguba ye den minɛ su in na, a bangera kabini tile naani",  # bm: constructed
    "jali ye n dɔgɔmuso minɛ, a kɔnɔma don kalo segin!",  # bm: constructed
    "denyerenin be kirinni na, a bangera kunu",  # bm: constructed
    "n muso kirinna sisan, a konoma don",  # bm: constructed
    "den bangera bi sɔgɔma, a fari bɛɛ ye nɛrɛmuguma ye",  # bm: constructed
    "denyɛrɛnin fari sumalen don kosɛbɛ, nɛnɛ b'a la, a tɛ sin min",  # bm: constructed
    "jiginni kofe tile duuru, farigan be n na, nene be n mine, n kono be n dimi",  # bm: constructed
]
