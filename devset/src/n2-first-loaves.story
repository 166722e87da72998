{
 "title": "First Loaves",
 "notes": ["Silent first-person switches after '~' breaks with no headers: Cosima, a NEVER-NAMED bus driver, Bertil, a SECOND never-named teller (a city inspector, not the bus driver), Cosima. The two unnamed tellers are different people (gold ids narrator and narrator2); the inspector's part describes the previous teller, Bertil, only from outside ('the apprentice, a lanky boy') and sees the bus driver from outside too. Written for ficlens (issue #5, helper narration2) as a blind check BEFORE the change it measures."],
 "characters": [
  ["cosima", "Cosima Brandt", ["Cosima", "Cos"], "she/her"],
  ["bertil", "Bertil", ["Bertil"], "he/him"],
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": null},
  {"id": "narrator2", "name": "narrator 2", "named": false, "aliases": ["narrator 2"], "eligible": false, "pronouns": null}
 ],
 "relationships": [
  ["cosima", "bertil", "platonic", {"stages": ["trial month", "kept on"]}],
  ["narrator", "cosima", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["Gen"],
  "relationships": ["Cosima Brandt & Bertil"],
  "characters": ["Cosima Brandt", "Bertil", "Original Character(s)"],
  "pov": ["First Person POV", "Multiple POVs", "Outsider POV"], "additional": ["Bakery", "Early Mornings", "Apprentices", "Found Family"]}
}
---TEXT---
@@ first cosima
First Loaves

The ovens at Brandt & Daughter go on at a quarter to four, and the first thing I do every morning, before the lights, before the radio, is put my hand flat on the big oven door and say good morning to it. My father did it. I am the daughter on the sign, so I do it now.

Bertil came in at four with his hair still wet and his apron on inside out.

[bertil>cosima]"Morning, Cos. Rye or the seeded first?"

[cosima>bertil]"Rye. And turn your apron round, you look like a ghost."

[bertil>cosima]"A ghost wouldn't be late."

[cosima>bertil]"You weren't late."

[bertil>cosima]"I know. I wanted you to notice."

He is nineteen and the best shaper of a loaf I have ever employed, and I have employed exactly two people, so that is less of a compliment than it sounds. By six the window was full and the street was still dark, and the first knock came at the glass the way it does every day, at ten past.

@@ first narrator
~

I drive the number nine from midnight until six, which is the only route in this city where the passengers are quieter than the driver. At the end of it I park at the depot and walk four streets the wrong way home, because the bakery on the corner of Lind Street opens its door early for anybody who knocks.

The woman who runs it has flour to her elbows and a pencil in her hair. She never asks what I want. She has it wrapped before I have turned the corner.

[cosima>narrator]"Long night?" she said.

[narrator>cosima]"Two drunks, one lost dog and a man who wanted to pay in stamps."

[cosima>narrator]"Did you let him?"

[narrator>cosima]"I did. My sister collects them."

She laughed, and the lanky lad at the back laughed too, though I don't think he had heard. I took my rye home warm under my coat, like something alive, and ate half of it standing up in the kitchen before I slept.

@@ first bertil
~

Cosima Brandt has been teaching me the seeded loaf for a month, and for a month I have been getting it slightly wrong on purpose, so that she will have to keep me on past the trial month to finish teaching me.

That is the truth. I am not proud of it.

[cosima>bertil]"You're folding it like it owes you money," she said on Thursday. [cosima>bertil]"Gently. Bertil. Gently."

[bertil>cosima]"Like this?"

[cosima>bertil]"Better. Why were you doing it wrong yesterday?"

I could not think of one single lie. I looked at the dough.

[cosima>bertil]"Oh," Cosima said. [cosima>bertil]"Oh, you idiot. You were staying anyway. I signed the form on Monday."

She did not move away from the bench, and the seeded came out perfectly, and neither of us said anything else until the bus driver knocked at ten past six.

@@ first narrator2
~

I have inspected kitchens for the city for twenty-two years, and I can tell in the doorway whether I am going to enjoy the morning. I did not expect to enjoy this one. The complaint on my clipboard said noise before five, suspected night working, and it was signed by a neighbour with very small handwriting.

The bakery on Lind Street had a sign over the door, BRANDT & DAUGHTER, and a queue of one: a bus driver in uniform, half asleep, holding a warm loaf to his chest.

Inside, the apprentice, a lanky boy with flour in his eyebrows, stopped shaping dough and looked at me as if I were the weather.

[narrator2>bertil]"Health and safety," I said. [narrator2>bertil]"Is the owner in?"

[cosima>narrator2]"She's in," said a woman from behind the oven, and came out wiping her hands. [cosima>narrator2]"Is this about the noise?"

[narrator2>cosima]"It's about the noise."

[cosima>narrator2]"We don't make any. Bread is very quiet."

I checked her fridges, her flour bins, her drains and her hand basin. Everything was clean in the particular way that means nobody was expecting you, which is the only clean that counts. I wrote nothing against her. When I left, the boy pressed a paper bag into my hand, still hot through the paper, and would not take it back.

My wife says I am not allowed to be bribed with bread. I told her it was evidence.

@@ first cosima
~

The inspector's report came in the post a week later. Nothing to note, it said, in a hand that was very neat and slightly amused. At the bottom, under the signature, someone had written in pencil: the rye was excellent.

[bertil>cosima]"Is that allowed?" Bertil said, reading over my shoulder.

[cosima>bertil]"I don't think it's forbidden."

I pinned it up by the big oven, next to my father's first licence, and in the morning I put my hand on the oven door and said good morning, and then, because nobody was there yet to hear it, I said thank you as well.
