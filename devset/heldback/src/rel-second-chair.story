{
 "title": "Second Chair",
 "notes": ["Held back for relationships (issue #6). First person, narrator Leo Marsh named by others. Narrator's unrequited love for Annika (she is engaged to Tomas, who is only mentioned). A rivalry with Callum for the first chair, ending in grudging respect (kept adversarial). A close friendship with Sunny that is NOT romance, with hugs and 'love you, mate'. Mother on the phone ('Mum')."],
 "characters": [
  ["leo", "Leo Marsh", ["Leo", "Marsh"], "he/him"],
  ["sunny", "Sunny Okoro", ["Sunny"], "he/him"],
  ["callum", "Callum Reyes", ["Callum", "Reyes"], "he/him"],
  ["annika", "Annika Berg", ["Annika"], "she/her"],
  ["tomas", "Tomas", ["Tomas"], "he/him"],
  ["mum", "Mum", ["Mum"], "she/her"]
 ],
 "relationships": [
  ["leo", "annika", "romantic", {"status_at_end": "unrequited"}],
  ["annika", "tomas", "romantic", {"status_at_end": "together", "stages": ["proposal"]}],
  ["leo", "sunny", "platonic"],
  ["leo", "callum", "adversarial", {"status_at_end": "friends"}],
  ["leo", "mum", "family"]
 ],
 "tags": {"rating": "Teen And Up Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Annika Berg/Leo Marsh", "Annika Berg/Tomas", "Leo Marsh & Sunny Okoro", "Callum Reyes & Leo Marsh"],
  "characters": ["Leo Marsh", "Sunny Okoro", "Callum Reyes", "Annika Berg", "Tomas", "Mum"],
  "pov": ["First Person POV"], "additional": ["Unrequited Love", "Rivalry", "Orchestra", "Best Friends"]}
}
---TEXT---
@@ first leo
Second Chair

The list went up on the rehearsal-room door on a Friday, and my name, Leo Marsh, was second, and Callum Reyes's name was first, and he was standing right behind me when I read it.

[callum>leo]"Bad luck, Marsh," he said. [callum>leo]"Maybe next season."

[leo>callum]"Maybe you'll have learned to tune by then."

He laughed, which was worse than if he'd hit me. Callum has been beating me at things since we were eleven: the junior competition, the county youth orchestra, the scholarship. I have hated him, steadily and with real dedication, for nine years. He plays like he's never once been afraid of a wrong note, and I can't forgive him for it.

Sunny was waiting on the steps outside with two bags of chips.

[sunny>leo]"Second?"

[leo>sunny]"Second."

[sunny>leo]"Right. Chips first, sulking after. House rules." He handed me a bag and bumped my shoulder with his. Sunny Okoro has been my best friend since the first week of music college, when he knocked on my door at two in the morning to ask if I had any glue and stayed until six. We share a flat with a broken boiler and a cello neither of us plays. He is the brother I'd have picked if anyone had asked me.

We walked home the long way, past the bakery where Annika works on Saturdays.

I should explain Annika. Annika Berg plays viola two desks behind me and laughs with her whole face and once, in a dark wing of the concert hall, lent me her scarf because my hands were shaking before a solo. I have been in love with her since that scarf. I have never said so. I have rehearsed saying so more often than I have rehearsed the Sibelius.

[sunny>leo]"You're doing the face," Sunny said.

[leo>sunny]"I don't have a face."

[sunny>leo]"You have an Annika face. It's the same as your sad-dog face but with more eyebrows."

On Monday she came into rehearsal late and glowing, and held up her left hand before she'd even sat down, and the whole viola section screamed.

[annika>leo]"Tomas asked me!" she said, to everyone, and then, to me, because I was closest: [annika>leo]"Leo, he asked me on the pier, in the rain, like a lunatic. I said yes before he'd finished."

[leo>annika]"That's brilliant," I said. [leo>annika]"Congratulations. He's lucky."

I meant it, which was the worst part. Tomas is a kind man who fixes bicycles and brings her soup when she's ill. I played the whole rehearsal a quarter-tone flat and nobody noticed except Callum, who looked at me over his music stand with an expression I couldn't read.

Afterwards I sat in the stairwell with my case across my knees. Mum rang, the way she always does at the wrong moment.

[mum>leo]"Love, you sound terrible. Are you eating?"

[leo>mum]"I'm eating, Mum. I'm fine. It's just a cold."

[mum>leo]"It is not a cold. I'm your mother, I know a cold. Ring me tomorrow."

When I hung up, Callum was sitting two steps above me. I don't know how long he'd been there.

[callum>leo]"She's getting married, then," he said.

[leo>callum]"Go away, Reyes."

[callum>leo]"You played like rubbish today." He paused. [callum>leo]"You don't, usually. Usually you're the only person in that room I have to worry about. I thought you should know that. Before you go and do anything stupid, like quit."

I stared at him. He shrugged, got up, and went back inside, and I sat there for a long time trying to work out whether I had just been insulted or rescued.

Sunny found me at nine. He didn't say anything; he sat down and put his arm round my shoulders and left it there, heavy and warm, the way you'd steady a shelf.

[leo>sunny]"She's happy," I said. [leo>sunny]"That's good. I want her to be happy."

[sunny>leo]"I know, mate."

[leo>sunny]"It still feels like being hit by a bus."

[sunny>leo]"I know." He squeezed once and let go. [sunny>leo]"Come on. There's a film on with explosions in it. Love you, mate. You're an idiot, but I love you."

At the wedding in June I played in the quartet, second violin. Callum played first. We didn't speak before the service and we didn't need to; for forty minutes we breathed in the same places and nobody in that church could have told you which of us was which. Annika cried during the Bach. Tomas cried during everything.

Afterwards Callum held out his hand.

[callum>leo]"Audition again next season," he said. [callum>leo]"I want to beat you properly."

I shook it. I still can't stand him. I think I might miss him, if he ever stopped turning up.
