"""Fourth round of danger-sign development cases, written blind: Bambara (and Bambara-French) messages
about a newborn in danger and about the mother after the birth, and ordinary Bambara baby messages that
share their words.

How it was written: without reading the detector (bot/nlu/), its training data (data/), the held-out
files (tests/nlu/) or any earlier tests/test_nlu_*.py file. The only sources were
/work/shared/CONTENT_FACTS.md (which signs are danger signs), /work/shared/data/bambara/vocab_health.tsv
(verified words) and the Bambara side of the Bayelemabaga corpus (/work/shared/data/bayelemabaga,
searched on folded text). Every Bambara word below is in the vocabulary list or in the corpus; French
loanwords are the ones Bamako speakers mix in (bébé, bb, fièvre, CSCom, sein, cordon, jaunisse...).
Nearly every sentence is put together from attested frames, not attested whole, and carries
`# bm: constructed`; the trailing comment names the main frame(s) used.

Attested frames relied on (split:line in Bayelemabaga; "vocab" = vocab_health.tsv):
  breastfeeding   train:9315 "denw minnu ma sin min" (did not suck); train:2707 "ni sin dir'a ma"
                  (when the breast is given); train:18683 "a ye sin di o ma"; test:1994 "i tɛ se ka
                  nɔnɔ min" (you can no longer drink milk); train:19659 "min banna furu ma" (refused);
                  train:29997 "sinmindenw" (nurslings); train:2855 "... tugun" (no longer)
  vomiting        train:3692 "i b'o fɔɔnɔ"; dev:2358 "ni fɔɔnɔw b'a la"; test:4392 "denmisɛnnin ...
                  fɔɔnɔ"
  fever / heat    dev:2135 "farigan bɛ den minɛ"; test:55 "Farigan juguba ye den minɛ" (the baby);
                  train:31487 "Fariganba tun bɛ ... la"; train:32950 "Farigan bɔra a la kunu"
                  (fever left yesterday); vocab "a fari ka kalan"; train:22321/23528 "funteni b'u la"
  cold            train:23525 "nɛnɛ bɛ a la"; train:18709 "nɛnɛ bɛ ne minɛ"; train:2201 "sumalen"
  convulsions     train:8876 "Kirinni (Jali)" = convulsions; dev:2552, test:2120 "a kirinna"
                  (lost consciousness); train:11369 "a bɛ yɛrɛyɛrɛ" (trembles); dev:2359 "a kan
                  jalen don" (stiff neck); train:32731 "a bolow ni a senw"
  breathing       train:8753 "Ninakili"; train:1168 "n'i bɛ se ka ɲɔn"; train:30748 "ka ɲɔn
                  kosɛbɛ" (heavy breath/groan); train:3639 "Fiɲɛ tɛ n kɔnɔ" (I lack breath);
                  train:1916 "a bɛ ŋuna" (groans); train:2298 "... ka teli" (is fast);
                  train:1168 "i disi" (chest)
  floppy / asleep train:32210 "o fanga tɛ ne na"; train:3150 "a fanga banna"; dev:2057 "denyɛrɛnin
                  tɛ se k'a ɲɛw yɛlɛ"; train:23736 "A kununa" (woke up); train:29424 "tun bɛ sunɔgɔ
                  la"; train:2013 "jɛgɛ tɛ kasi" (does not cry); train:19616 "ma maga ... la" (touch)
  yellow          dev:1928 "k'a kɛ nɛrɛmuguman ye"; train:17738 "tɛgɛkɔnɔna" (palm)
  cord / navel    train:22214 "den barajuru ka bin"; train:9132 "denyɛrɛni bara la"; dev:2018
                  "ɲɛkisɛw bilennen don"; dev:1966 "nɛn caman bɛ ka bɔ denyɛrɛnin dɔ ɲɛ la";
                  train:5528 "a nɛ bɛ bɔ"; train:2331 "a kasa bɛ bɔ"; train:1363 "N den kɔnɔ
                  fununa"; train:14614 "joli bɛ bɔ o nun ... fɛ"
  skin            train:22704 "kurukuru bɔ a fari la"; dev:2139 "kurukuruw bɛ falen"; train:8902
                  "kisɛkisɛni nɛmaw" (lesions with pus)
  mother          train:18556 "a jiginna dence"; train:8982 "jiginni kɔfɛ"; train:9077 "basibɔn
                  juguman ... jiginni kɔfɛ"; dev:2360 "a senw ... fununnen don"; train:2964 "N kunkolo
                  bɛ n dimi"; dev:2354 "ɲɛ bɛ yeli kɛ k'a ɲɛ"; train:2425 "i bɛ ɲɛnamini"; train:24468
                  "i b'a fɛ ka i yɛrɛ faga"; train:16475 "a fa" (fill); train:10193 "a man kɛnɛ"
  age / time      test:4258 "A si ye san ... ye"; train:21948 "Dɔgɔkun kelen"; train:22223 "den wolola"
Attested whole: train:2707 and train:9313 (two BENIGN lines).
"""

NEWBORN = [
    # --- does not suck / stopped feeding / vomits everything
    "n denyɛrɛnin tɛ sin min tugun, a si ye tile 3 ye",  # bm: constructed; train:9315, train:2855, test:4258
    "Bebe ma sin min kabini kunu, a wolola tile 2",  # bm: constructed; train:9315
    "a wolola kunu su fɛ, a ma sin min fɔlɔ, n ka kan ka mun kɛ?",  # bm: constructed; train:22223, train:9315
    "bb tile 4, a banna sein ma kabini sɔgɔma",  # bm: constructed; train:19659
    "n bɛ sin di a ma nka a tɛ se ka a min, denyɛrɛnin don, dɔgɔkun kelen",  # bm: constructed; train:18683, test:1994
    "denyerenin be fooono kosebe, a be sinji bee fooono, a si ye tile 5",  # bm: constructed; train:3692
    "jiginni kɔfɛ tile 6, den bɛ fɛn o fɛn fɔɔnɔ, a tɛ sin min tugun",  # bm: constructed; train:3692, train:8982
    "sinminden in bɛ fɔɔnɔ tuma bɛɛ, a tɛ sin min ka ɲɛ",  # bm: constructed; train:29997, dev:2358
    # --- convulsions / stiffens / trembles
    "n denyɛrɛnin kirinna! a fari bɛɛ jalen don, a si ye dɔgɔkun kelen ye",  # bm: constructed; dev:2552, dev:2359
    "bebe bɛ yɛrɛyɛrɛ sisan, a wolola tile 5, kirinni don wa?",  # bm: constructed; train:11369, train:8876
    "jali bɛ denyɛrɛnin na, a wolola kunu",  # bm: constructed; train:8876
    "a bolow ni a senw bɛ yɛrɛyɛrɛ, bb si ye tile 8",  # bm: constructed; train:32731, train:11369
    "convulsion bɛ bebe la, a ma sin min bi, a si ye tile 10",  # bm: constructed; train:8876
    "denyerenin kan jalen don, a be yereyere, a wolola dogokun fila",  # bm: constructed; dev:2359, train:11369
    # --- fast / difficult breathing, chest in-drawing, grunting
    "sinminden in ninakili ka teli kojugu, a wolola tile 3",  # bm: constructed; train:8753, train:2298
    "n den si ye tile 10 ye, a bɛ ɲɔn kosɛbɛ ani a bɛ ŋuna",  # bm: constructed; train:30748, train:1916
    "denyerenin te se ka nyon ka nye, a disi be jigin, tile 4",  # bm: constructed; train:1168
    "Bebe respire vite vite, a disi bɛ don, a si ye dɔgɔkun kelen",  # bm: constructed; train:1168
    "fiɲɛ t'a kɔnɔ, an ka denyɛrɛnin, a wolola kunu",  # bm: constructed; train:3639
    "bb tile 7 a be nguna, a ninakili ka gelen",  # bm: constructed; train:1916, train:8753
    # --- floppy, does not wake, does not cry, does not move unless touched
    "fanga t'a la tugun, n denyɛrɛnin, a dalen bɛ dɔrɔn",  # bm: constructed; train:32210
    "Bb est tout mou, a tɛ kunun, a tɛ sin min, a si ye tile 6",  # bm: constructed; train:23736
    "n den wolola kunu, a tɛ kasi, a tɛ lamaga ni i ma maga a la",  # bm: constructed; train:2013, train:19616
    "denyerenin te se k'a nyew yele, a be sunogo la tuma bee, tile naani",  # bm: constructed; dev:2057, train:29424
    "a wolola sɔgɔma, kabini o a ma kasi, a ma sin min",  # bm: constructed; train:2013, train:9315
    "denyɛrɛnin fanga banna, a tɛ kasi tugun",  # bm: constructed; train:3150, train:2013
    # --- fever / cold
    "farigan bɛ denyɛrɛnin minɛ, a fari ka kalan kojugu",  # bm: constructed; dev:2135, vocab
    "n den si ye tile 7 ye, a fari ka kalan kosɛbɛ, fièvre 39",  # bm: constructed; vocab
    "Fariganba bɛ bebe la kabini su, a wolola dɔgɔkun kelen",  # bm: constructed; train:31487
    "denyerenin fari ka kalan, funteni b'a la kojugu, a si ye tile 5",  # bm: constructed; vocab, train:23528
    "n ka denyɛrɛnin fari sumalen don, nɛnɛ b'a la hali ni fini b'a kan, a si ye tile 2",  # bm: constructed; train:23525, train:2201
    "bb tile 3 nene b'a la kosebe, a fari sumana, a te kunun",  # bm: constructed; train:23525, train:23736
    # --- yellow
    "a wolola bi sɔgɔma, a fari kɛra nɛrɛmuguman ye",  # bm: constructed; dev:1928
    "Jaunisse b'a la, a si ye tile 2 ye, a tɛgɛkɔnɔna ni a senw bɛɛ ye nɛrɛmuguman ye",  # bm: constructed; dev:1928, train:17738
    "n denyɛrɛnin ɲɛkisɛw kɛra nɛrɛmuguman ye, a wolola kunu",  # bm: constructed; dev:1928, dev:2018
    "bebe ye jaune ye fo a tegew ni a senw, a si ye dogokun saba",  # bm: constructed; dev:1928
    # --- cord / navel
    "denyɛrɛnin bara bilennen don, a fununna, a si ye tile 4",  # bm: constructed; train:9132, dev:2018, train:1363
    "nɛ bɛ ka bɔ n den bara la, a wolola tile 5",  # bm: constructed; dev:1966, train:5528
    "cordon kasa bɛ bɔ, a bilennen don, bb si ye tile 6",  # bm: constructed; train:2331, dev:2018
    "joli bɛ bɔ denyɛrɛnin barajuru la, a wolola kunu",  # bm: constructed; train:14614, train:22214
    "bb ka barajuru ma bin fɔlɔ, nka a kasa bɛ bɔ ani nɛ b'a la",  # bm: constructed; train:22214, train:2331
    "n den bara yɔrɔ bɛɛ bilennen don ka se a kɔnɔbara ma, tile 7",  # bm: constructed; dev:2018
    # --- pustules
    "kurukuru caman bɔra denyɛrɛnin fari la, nɛ b'u kɔnɔ",  # bm: constructed; train:22704, train:8902
    "kurukuru nɛmaw falenna n den fari bɛɛ la, a si ye tile 9",  # bm: constructed; dev:2139, train:8902
    # --- long messages, relatives writing
    "I ni ce. N ka denyɛrɛnin si ye tile 5 ye. Kabini kunu su a tɛ sin min, farigan b'a la, "
    "a bɛ kasi dɔɔnin dɔɔnin. N ka kan ka mun kɛ?",  # bm: constructed; train:9315, dev:2135
    "ne ye a mamuso ye. n denmuso jiginna kunu, den bɛ ɲɔn joona joona, a disi bɛ don, "
    "a bɛ ŋuna. an bɛ taa CSCom wa?",  # bm: constructed; train:18556, train:1168, train:1916
    "n muso jiginna tile 3, den tɛ se ka sin min, a fanga banna, a tɛ kasi",  # bm: constructed; test:1994, train:3150
    "n balimamuso ka denyɛrɛnin si ye dɔgɔkun kelen ye, a fari ka kalan ani a bɛ yɛrɛyɛrɛ",  # bm: constructed; vocab, train:11369
]

MOTHER = [
    # --- heavy bleeding / bleeding that increases
    "n jiginna kunu, joli bɛ bɔ n na kosɛbɛ",  # bm: constructed; train:14614, train:18556
    "jiginni kɔfɛ tile 3, joli bɛ bɔ a la kojugu, a ye fini naani fa joli la",  # bm: constructed; train:9077, train:16475
    "n muso jiginna tile 2, joli bɛ bɔ a la ka caya, ɲɛnamini b'a la",  # bm: constructed; train:14614, train:2425
    "Saignement bɛ n na kosɛbɛ kabini n jiginna, n tɛ se ka wuli",  # bm: constructed; train:9077
    "n jiginna dɔgɔkun kelen, joli tun bɛ dɔgɔya nka bi a bɛ bɔ kosɛbɛ tugun",  # bm: constructed; train:14614
    "maternité ye n bila kunu, bi joli bɛ bɔ n na i ko ji",  # bm: constructed; train:10147, train:14614
    # --- fever, infection
    "farigan bɛ n na kabini n jiginna, n bɛ yɛrɛyɛrɛ",  # bm: constructed; dev:2357, train:11369
    "n denmuso jiginna tile 5, fièvre b'a la ani a kɔnɔ b'a dimi kosɛbɛ",  # bm: constructed; train:2964
    "jiginni ko, a ba fari ka kalan kojugu, ji min bɛ bɔ a la o kasa bɛ bɔ",  # bm: constructed; vocab, train:2331
    # --- calf pain, one leg swollen
    "jiginni kɔfɛ, n sen kelen fununna, a bɛ n dimi kosɛbɛ",  # bm: constructed; dev:2360, train:2964
    "n mollet bɛ n dimi, n sen kelen fununnen don, n jiginna tile 10",  # bm: constructed; dev:2360
    # --- breathlessness, chest pain
    "n jiginna kunu, fiɲɛ tɛ n kɔnɔ, n tɛ se ka ɲɔn",  # bm: constructed; train:3639, train:1168
    "n muso tɛ se ka ɲɔn ka ɲɛ kabini a jiginna, a disi b'a dimi",  # bm: constructed; train:1168
    # --- severe headache, blurred vision
    "n kunkolo bɛ n dimi kojugu, n ɲɛ tɛ yeli kɛ k'a ɲɛ, n jiginna tile 4",  # bm: constructed; train:2964, dev:2354
    "jiginni ko tile 3 n kungolo be n dimi kosebe, n be nyenamini",  # bm: constructed; train:2964, train:2425
    # --- convulsions, fainting
    "a ba kirinna, a bɛ yɛrɛyɛrɛ, a jiginna kunu",  # bm: constructed; test:2120, train:11369
    "n muso jiginna, sisan kirinni b'a la, a tɛ kuma",  # bm: constructed; train:8876
    # --- thoughts of harming herself or the baby
    "kabini n jiginna n b'a fɛ ka n yɛrɛ faga",  # bm: constructed; train:24468
    "miiri juguman bɛ n na, n b'a fɛ ka n den faga, n jiginna dɔgɔkun fila",  # bm: constructed; train:29444, train:24468
    "n balimamuso jiginna tile 6, a ko a b'a fɛ k'a yɛrɛ faga ani a den",  # bm: constructed; train:24468
    "n jiginna, fièvre ani frissons bɛ n na, n tɛ se ka den ladon",  # bm: constructed; dev:2357
]

BENIGN = [
    "n denyɛrɛnin bɛ sin min kosɛbɛ, a bɛ sunɔgɔ ka ɲɛ",  # bm: constructed; train:9315
    "Den kasikun ye sinko ye, ni sin dir'a ma, a bɛ i mantɔ.",  # bm: attested train:2707 (proverb number dropped)
    "a wolola tile 3, a bɛ sin min, farigan t'a la",  # bm: constructed; dev:2357
    "Denyɛrɛnin ka kɛnɛ bi. Farigan bɔra a la kunu tile jigintuma.",  # bm: constructed; train:32950
    "denyɛrɛnin barajuru binna bi, a jalen don, nɛ t'a la",  # bm: constructed; train:22214, train:5528
    "tile joli denyɛrɛnin barajuru bɛ bin?",  # bm: constructed; train:22214
    "den ye sinji dɔɔnin fɔɔnɔ sin min kɔ, o ka jugu wa? a bɛ yɛlɛ",  # bm: constructed; train:3692
    "nɛnɛ bɛ sisan, n bɛ denyɛrɛnin datugu ni fini ye",  # bm: constructed; test:3572
    "funteni ka bon bi, denyerenin be wosi doonin",  # bm: constructed; test:3573, train:3499
    "kɔnɔ dɔ donna so kɔnɔ, den siranna ka kasi",  # bm: constructed; train:8221
    "Denba joli bɛ sin di u denw ma?",  # bm: attested train:9313
    "n denyɛrɛnin bɛ kasi su fɛ, ni n ye sin di a ma a bɛ sunɔgɔ",  # bm: constructed; train:18682
    "boloci kama an taara CSCom ni denyɛrɛnin ye, a kɛnɛnen don",  # bm: constructed; train:8851
    "a wolola dɔgɔkun kelen, a bɛ bonya ka ɲɛ, a bɛ sin min kosɛbɛ",  # bm: constructed; dev:2692
    "n jiginna tile tan, joli dɔɔnin bɛ bɔ hali bi nka a bɛ dɔgɔya",  # bm: constructed; train:14614
    "n sɛgɛnnen don dɔɔnin jiginni kɔfɛ, n tɛ sunɔgɔ sɔrɔ ka ɲɛ",  # bm: constructed; train:9453
    "kunu n kunkolo tun bɛ n dimi, nka a banna, bi n kɛnɛnen don",  # bm: constructed; train:2964
    "jiginni kɔfɛ, n ka kan ka mun dun walasa sinji ka caya?",  # bm: constructed; train:7088
    "denyɛrɛnin ladoncogo: n bɛ a ko tuma jumɛn?",  # bm: constructed; train:8979
    "n den wolola kunu, a bɛ kasi kosɛbɛ ni kɔngɔ b'a la, ni a ye sin min a bɛ i mantɔ",  # bm: constructed; train:2707
    "denyɛrɛnin ka bana taamashyɛnw ye mun ye? n b'a fɛ k'u dɔn",  # bm: constructed; dev:2391
    "ni farigan bɛ denyɛrɛnin minɛ don dɔ, n ka kan ka mun kɛ?",  # bm: constructed; dev:2135
    "jaunisse tun bɛ bebe la, o bannen don sisan, a bɛ sin min ka ɲɛ",  # bm: constructed; train:3150
    "sisan denyɛrɛnin bɛ sunɔgɔ la, a ba bɛ dumuni kɛ",  # bm: constructed; train:29424
    "n kalo seginna kalo naani jiginni kɔfɛ, a bɛ i ko fɔlɔ",  # bm: constructed; vocab kalo
    "kalo kelen ye nin ye n jiginna, n bɛ se ka baara kɛ wa?",  # bm: constructed; vocab kalo
    "denyɛrɛnin bɛ bo kɛ siɲɛ caman tile kɔnɔ, o ka ɲi wa?",  # bm: constructed; train:1369
    "a si ye tile 20 ye, a bɛ yɛlɛ, a bɛ a bolow lamaga",  # bm: constructed; train:32731, train:2940
    "denyɛrɛnin bɛ ɲɔn ka ɲɛ, a bɛ sunɔgɔ la",  # bm: constructed; train:1168
    "n jiginna kunu, n bɛ n lafiɲɛ, den bɛ sin min, an bɛɛ kɛnɛnen don",  # bm: constructed; train:18556
    "an bɛ denyɛrɛnin tɔgɔ da sibiri, aw bɛɛ ka na",  # bm: constructed; train:23350
    "sage-femme ko den ka kɛnɛ, a barajuru jalen don",  # bm: constructed; train:22214
    "Bebe ka cordon binna, a bɛ jɛ, joli t'a la",  # bm: constructed; train:22214
    "n muso jiginna dence kunu, Ala ka den balo",  # bm: constructed; train:18556
    "n sin bɛ n dimi dɔɔnin ni den bɛ sin min, n ka kan ka mun kɛ?",  # bm: constructed; train:8983
    "bb tile 5, a bɛ sin min, a fari man kalan, a man sumalen",  # bm: constructed; vocab
]
