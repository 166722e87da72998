{
 "title": "Fog Line",
 "notes": ["Silent first-person switches after * * * breaks with no headers: Idris, then a NEVER-NAMED walker in the MIDDLE (before any second teller is known), then Noor, then Idris. The walker's part gives the previous teller's name once, in the third person ('He said his name was Idris'), describes him from outside ('The man who kept the hut'), and never names Noor, who was met in the first part: the one known character not ruled out is not the teller. Written for ficlens (issue #5, helper narration2) as a blind check BEFORE the change it measures."],
 "characters": [
  ["idris", "Idris", ["Idris"], "he/him"],
  ["noor", "Noor Haddad", ["Noor"], "she/her"],
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": null}
 ],
 "relationships": [
  ["idris", "noor", "romantic", {"status_at_end": "together", "stages": ["colleagues", "confession"]}],
  ["narrator", "idris", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Idris/Noor Haddad"],
  "characters": ["Idris", "Noor Haddad", "Original Character(s)"],
  "pov": ["First Person POV", "Multiple POVs", "Outsider POV"], "additional": ["Mountain Hut", "Fog", "Mountain Rescue", "Slow Burn"]}
}
---TEXT---
@@ first idris
Fog Line

The hut at Carreg Las sleeps twelve if they like each other and eight if they don't, and in September it mostly sleeps me.

I keep the log, the stove and the radio. The log says who came up, the stove keeps them alive once they have, and the radio is how Noor Haddad, down at the valley station, tells me what the weather is about to do to all of us.

[noor>idris]"Idris, you're breaking up," she said on Tuesday evening, which was a lie; the set was clear as a bell. [noor>idris]"Cloud's coming down to four hundred metres. Anyone on the ridge?"

[idris>noor]"One car at the trailhead since noon. Nobody signed in."

[noor>idris]"Then put the lamp in the window and the kettle on."

[idris>noor]"The kettle's always on."

[noor>idris]"I know. It's the only reason I like you."

Noor has said that for two years. I have never once asked her what the other reasons are, which tells you most of what there is to know about me. I put the lamp in the window. By six the fog had swallowed the cairn at the top of the path, and by seven it had swallowed the path.

@@ first narrator
* * *

I had been told not to go up. My son told me at breakfast, and the woman at the petrol station told me at eleven, and the sky told me at three, and I am seventy-one and I went anyway, because the last time I stood on that ridge I was nineteen and somebody was holding my hand.

The fog came in the way a tide comes in over a flat beach: not fast, only everywhere at once. I lost the path. I found a fence, and followed it, and the fence ran out. I sat on a rock and ate my last biscuit and thought, fairly calmly, that this was a stupid way to end a perfectly good life.

Then there was a light. A square yellow light, low down and to the left, steady as a lighthouse.

The man who kept the hut was big and slow-spoken, with a grey jumper unravelling at one cuff. He did not ask me what I thought I was doing. He put a mug in my hands before I had my boots off.

[idris>narrator]"Sugar's in it already," he said. [idris>narrator]"Don't argue. Where did you start from?"

[narrator>idris]"The car park by the chapel."

[idris>narrator]"That's your car, then. The blue one."

[narrator>idris]"It's my son's. He'll be furious."

[idris>narrator]"He'll be relieved. Furious comes after, on the drive home."

He said his name was Idris, and he wrote mine in a book with a pencil that needed sharpening. Then he went to a radio on the windowsill and told somebody in the valley that the walker was in and warm and could they ring a number for him, and he read my son's number off my phone without once looking at me, as if it were the most ordinary thing in the world to be found.

I slept on a bunk under three blankets that smelled of woodsmoke. In the night I woke once and saw him sitting by the stove, reading, with the lamp still lit in the window in case there was anyone else out there.

@@ first noor
* * *

I drove up to the chapel car park at first light with a flask and the spare radio, because Idris will sit at that window all night and then tell me in the morning he slept fine.

The blue car had a man beside it already: forty or so, in a suit under his waterproof, looking at the mountain as if it owed him money.

[?>noor]"Are you from the rescue?" he said.

[noor]"I'm from the valley station. Your dad's fine. He's having breakfast."

He sat down on the bumper and put his face in his hands, and I stood there and held the flask and did not say anything, which is a thing I learned from watching Idris do it.

The fog was lifting off the ridge in long rags. Halfway up, I met them coming down: the old man in borrowed gaiters, walking slowly and very upright, and Idris a step behind him with one hand not quite at his elbow.

[idris>noor]"Noor." He looked surprised, and then, for a moment, not surprised at all. [idris>noor]"You didn't have to come up."

[noor>idris]"You didn't have to keep the lamp on all night."

[idris>noor]"Who told you that?"

[noor>idris]"Nobody. I know you."

@@ first idris
* * *

The son drove his father home at ten. The father shook my hand at the car door and held on to it for longer than a handshake needs, and said the tea was the best thing he had drunk in fifty years, which I do not believe, and which I have written in the log anyway.

Noor stayed. She said it was to check the radio. The radio was fine. We both knew the radio was fine.

[noor>idris]"Same time next September?" she said at the door, when the shadows were long again.

[idris>noor]"I'm here every September."

[noor>idris]"I know," she said. [noor>idris]"That's the other reason."

I put the lamp in the window that night, though the sky was clear all the way to the sea.
