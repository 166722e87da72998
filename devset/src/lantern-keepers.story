{
 "title": "The Lantern Keepers",
 "notes": ["The quoted phrase \"the lantern revival\" is a reported phrase, not speech. Silent first-person narrator switches: Bea, then Tam after -x-, then Bea after -x-, then a never-named narrator (the neighbour across the street) after oOo. The unnamed narrator has a character with named:false and speaks once. Siblings; an established F/F couple; a dead parent remembered."],
 "characters": [
  ["bea", "Beatrix", ["Bea", "Beatrix"], "she/her"],
  ["tam", "Tam", ["Tam"], "he/him"],
  ["noor", "Noor", ["Noor"], "she/her"],
  ["dad", "Aldo Ollander", ["Aldo Ollander", "Aldo", "Dad"], "he/him"],
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": null}
 ],
 "relationships": [
  ["bea", "tam", "family"],
  ["bea", "noor", "romantic", {"status_at_end": "together"}],
  ["bea", "dad", "family"],
  ["tam", "dad", "family"],
  ["tam", "noor", "platonic"],
  ["narrator", "bea", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/F", "Gen"],
  "relationships": ["Beatrix/Noor", "Beatrix & Tam"],
  "characters": ["Beatrix", "Tam", "Noor", "Aldo Ollander", "Original Character(s)"],
  "pov": ["First Person POV", "Multiple POVs"], "additional": ["Grief", "Siblings", "Established Relationship", "Shopkeepers"]}
}
---TEXT---
@@ first bea
The Lantern Keepers

Dad left us the shop, the debts, and four hundred unsold lanterns, and I'm still not sure which of those was the joke.

Tam wanted to sell. Of course he did. Tam has wanted to sell everything since he was nine, including, once, me.

[tam>bea]"It's a lantern shop on a street with electric lights," he said, on the first Monday, with the ledger open between us on the counter. [tam>bea]"Bea. Be serious. Who buys lanterns?"

[bea>tam]"Dad sold lanterns for thirty years."

[tam>bea]"Dad sold lanterns for thirty years at a loss. I've got the books. Do you want to see the books?"

I didn't want to see the books. I wanted to see Dad, sitting on the stool by the window with a wick in his teeth, and that wasn't on offer.

Noor came by at lunch with two flatbreads and an opinion. [noor>bea]"Don't sell," she said, and kissed my cheek. [noor>bea]"Light them. All of them. Put them in the window."

[bea>noor]"Why?"

[noor>bea]"Because people will stop and look, and people who stop are people who buy."

@@ first tam
-x-

My sister's girlfriend is very clever and very wrong, and I told her so.

[tam>noor]"Four hundred lanterns," I said. [tam>noor]"That's four hundred candles a night. Do you know what candles cost?"

[noor>tam]"Do you know what a shop costs when it's shut, Tam?"

That stopped me. Noor has that effect. She should be in politics, or in prison.

So we did it. Bea and I spent a whole evening on the ladder, hanging them from the ceiling hooks Dad put in when the shop still did well, and Noor stood in the street and shouted directions. When the last one was lit I climbed down and went outside to look, and I'll admit it: I had to turn away.

It looked like the shop in the photographs. It looked like the shop before.

[bea>tam]"Tam?" Bea came out and stood next to me. [bea>tam]"You all right?"

[tam>bea]"Smoke in my eye."

[bea>tam]"There's no smoke. They're good candles." She leaned her head on my shoulder. [bea>tam]"He'd have liked it."

[tam>bea]"He'd have said we were wasting wax."

[bea>tam]"That too."

@@ first bea
-x-

We sold nine lanterns the first night. Eleven the second. By Saturday there was a queue, and a man from the paper who wanted to know about "the lantern revival," as if it were a movement and not three tired people on a ladder.

Tam handled him. Tam is good with men from papers. I stood at the back with Noor and held her hand under the counter where no one could see.

[noor>bea]"Told you," she said.

[bea>noor]"You did. You're unbearable."

[noor>bea]"I'm right. It's different."

@@ first narrator
oOo

I have lived across the street from the Ollanders' shop for twenty-two years. I watched Aldo Ollander hang those lanterns the first time, and I watched him take them down, one winter, when he got too tired for the ladder.

So when the windows lit up again, I put my coat on and crossed the road. I am not a woman who crosses roads for nothing.

The girl was behind the counter. Beatrix. She has her father's hands.

[narrator>bea]"I'll take the blue one," I said. [narrator>bea]"The one he always kept in the corner."

She looked at me for a long moment, and then she knew me, and she smiled. [bea>narrator]"He said you'd come in one day. He said you'd want the blue one."

[narrator>bea]"Did he."

[bea>narrator]"He kept it for you. He wouldn't sell it to anyone else."

I paid for it anyway. Some things you should pay for. It hangs in my window now, facing theirs, and at night the two of them talk across the street in the only language lanterns have.
