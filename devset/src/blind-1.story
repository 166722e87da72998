{
 "title": "Honey and Brass",
 "notes": ["Blind check for issue #5, written without reading ficlens. Silent first-person switches after `* * *`, no headers: Katja (named only by others' vocatives: 'Katja', 'Kat'), then Lorenzo/Enzo (his names appear in his own relation: 'my brother Pino shortened it to Enzo', and in Katja's and Pino's vocatives), then Katja, then a NEVER-NAMED neighbour across the courtyard who speaks once and names both in the third person. The trumpet player is 'the bee lady's' neighbour; 'the bee lady' is a description, not an alias. Unnamed relations (grandmother, landlady, grandson, daughter) are not characters."],
 "characters": [
  ["katja", "Katja", ["Katja", "Kat"], "she/her"],
  ["enzo", "Lorenzo", ["Lorenzo", "Enzo", "Renzo"], "he/him"],
  ["pino", "Pino", ["Pino"], "he/him"],
  ["brask", "Mr. Brask", ["Mr. Brask", "Brask"], "he/him"],
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": "she/her"}
 ],
 "relationships": [
  ["katja", "enzo", "romantic", {"status_at_end": "together", "stages": ["first meeting", "first kiss"]}],
  ["enzo", "pino", "family"],
  ["katja", "brask", "adversarial", {"status_at_end": "neighbours"}]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Katja/Lorenzo"],
  "characters": ["Katja", "Lorenzo", "Pino", "Mr. Brask", "Original Character(s)"],
  "pov": ["First Person POV", "Multiple POVs"], "additional": ["Beekeeping", "Neighbors", "Musicians", "First Kiss", "Fluff"]}
}
---TEXT---
@@ skip
Honey and Brass

A/N: This started as a drabble for the rooftop prompt and then got completely away from me. No headers this time, sorry, you'll figure out who's talking. Thanks to mothwing for the beta and for telling me bees can't hear (they can't, Katja is lying). Comments feed the bees!

Disclaimer: I own nothing except the bees, and honestly they own me.

@@ first katja
The hives went up on the roof of number nine in April, and by May the whole courtyard hated me.

Not the bees. Me. The bees were fine. The bees minded their own business, which is more than I can say for the residents' committee.

[brask>katja]"Three stings," said old Mr. Brask, holding up his fingers on the stairs as if I had personally bitten each one. [brask>katja]"Three, Katja. My grandson cried."

[katja>brask]"Your grandson tried to post a biscuit into the hive, Mr. Brask."

[brask>katja]"He was being generous."

*He was being six,* I thought, but I smiled, because the committee votes in June and I need his hand up.

Then the trumpet started.

It came from the new tenant on the top floor of number eleven, directly across the gap from my hives: scales at seven in the morning, scales at seven at night, and in between something slow and sad that made the whole roof hum. The bees hated it. They went up in a black, grumpy cloud every time he reached for a high note, and came down in a worse mood.

On the fourth day I climbed over the low wall between the two roofs, which is strictly forbidden, and knocked on his skylight.

A head came up. Dark curls, a startled face, a mouthpiece still in one hand.

[enzo>katja]"Are you the bee lady?"

[katja>enzo]"I'm the woman whose bees you're upsetting."

[enzo>katja]"Bees can't hear."

[katja>enzo]"Mine can," I said, which is not, strictly speaking, science.

He looked at me for a long moment, and then he laughed, and I was furious to find that I liked the sound of it better than the trumpet.

@@ first enzo
* * *

My grandmother named me Lorenzo after a saint nobody remembers, and my brother Pino shortened it to Enzo before I could walk, and nobody has called me anything longer since. The bee lady doesn't call me anything. She just clicks her tongue at me across the wall.

I came to the city to play second trumpet in the pit at the Odeon. I practise on the roof because the landlady says if she hears one more scale through her ceiling she'll put my things out on the pavement, and I believe her.

On Sunday the bee lady came back over the wall with a jar.

[katja>enzo]"Peace offering," she said. [katja>enzo]"Or a bribe. Practise at noon. They're all out foraging at noon."

[enzo>katja]"You've timed them?"

[katja>enzo]"I've timed everything. Noon, Enzo. Please."

She knew my name. I had never told her my name. *The landlady,* I thought. The landlady tells everyone everything.

I practised at noon. I practised at noon every day for two weeks, and every day at ten past she came up in her veil and gloves and pretended to check the frames while I pretended not to watch her do it. Once she hummed along. She went very red when she noticed, and dropped a frame, and the bees were extremely rude to both of us.

My brother phoned on the Friday.

[pino>enzo]"You sound happy," he said. [pino>enzo]"Who is she?"

[enzo>pino]"There's no she. There are bees."

[pino>enzo]"Renzo. Little brother. Nobody sounds like that about bees."

I hung up on him. He rang back, laughing, and I let it ring.

@@ first katja
* * *

The committee met in the laundry room, because the laundry room has chairs, and because Mr. Brask likes to hold meetings where nobody can leave without walking past him.

[brask]"The item," he said, [brask]"is the bees."

I stood at the back with my hands in my pockets and got ready to lose.

Then the door opened and Enzo came in carrying his trumpet case, as if he had been booked to play at a funeral, and sat down in the front row.

[brask>enzo]"You're not on the committee, young man."

[enzo>brask]"I'm a resident. Residents can speak." He twisted round in his chair until he found me, and then turned back. [enzo>brask]"I'd like to say that the bees have been very good neighbours. Much better than me. Ask anyone."

Nobody disagreed with that, which was humiliating for him and wonderful for me.

[brask>enzo]"And the stings?"

[enzo>brask]"I've had none. I'm up there every day. At noon." He glanced at me again. [enzo>brask]"We have an arrangement."

The vote was seven to three. Mr. Brask voted against, and then, on the stairs afterwards, he asked me quietly whether the honey was for sale, because his grandson had been asking.

[katja>brask]"For you, Mr. Brask," I said, [katja>brask]"it's free."

Enzo was waiting on the roof when I climbed over the wall.

[enzo>katja]"Seven to three," he said. [enzo>katja]"You owe me a jar, Kat."

[katja>enzo]"Nobody calls me Kat."

[enzo>katja]"Somebody does now."

*Insufferable,* I thought, and kissed him anyway, through the veil, which is much harder than it sounds.

@@ first narrator
* * *

I have the flat on the sixth floor of number ten, the one with the good window that looks down on both roofs, and in forty years I have not missed much.

I saw the girl from number nine, Katja, carry those hives up the fire escape one box at a time. I saw the trumpet boy nearly fall out of his skylight the first time she knocked on it. I saw the committee come out of the laundry room with faces like wet washing. And last night, with my tea going cold on the sill, I saw Enzo play something slow under the hives while Katja sat on the wall with her veil in her lap, and neither of them pretended anything at all.

My daughter says I ought to get a hobby.

On Saturday I went down and bought a jar from the little table she sets up by the bins.

[narrator>katja]"Is it any good?" I asked her.

[katja>narrator]"Ask the man across the way," she said, and went pink to the ears.

It is very good. And I have a hobby already, thank you.
