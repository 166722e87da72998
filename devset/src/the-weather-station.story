{
 "title": "The Weather Station",
 "notes": ["Silent first-person narrator switches after * * * breaks: Linnea, then Ezra (named only by a vocative in the middle of his part), then a closing part told by a NEVER-NAMED narrator (the supply-boat skipper) who meets only Ezra and speaks. Linnea is not named in the closing part. Radio chatter; a boss heard only over the radio (Professor Aske). Written for ficlens (issue #5) before the narration change that it measures."],
 "characters": [
  ["lin", "Linnea Sorensen", ["Lin", "Linnea", "Sorensen"], "she/her"],
  ["ezra", "Ezra Vance", ["Ezra"], "he/him"],
  ["aske", "Professor Aske", ["Aske", "Professor Aske"], "he/him"],
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": null}
 ],
 "relationships": [
  ["lin", "ezra", "romantic", {"status_at_end": "together", "stages": ["mutual pining", "first kiss"]}],
  ["lin", "aske", "platonic"],
  ["ezra", "aske", "platonic"],
  ["narrator", "ezra", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Linnea Sorensen/Ezra Vance"],
  "characters": ["Linnea Sorensen", "Ezra Vance", "Professor Aske", "Original Character(s)"],
  "pov": ["First Person POV", "Multiple POVs", "Outsider POV"], "additional": ["Islands", "Storms", "Scientists", "Slow Burn"]}
}
---TEXT---
@@ first lin
The Weather Station

The wind gauge on Skarra died at four minutes past two in the morning, and I knew before I had my boots on that Ezra Vance would want to climb the mast and fix it in the dark.

He was already at the door with the head torch. He had the look he gets when a number stops coming in: personally offended, as if the instrument had lied to him.

[lin>ezra]"No," I said.

[ezra>lin]"It's forty knots, Lin. It'll be sixty by morning, and then we lose the whole peak of the storm. Aske will have kittens."

[lin>ezra]"Professor Aske will have kittens whether or not you fall off a mast. Sit down."

He did not sit down. He never sits down. He stood by the door and turned the torch on and off, on and off, until I took it out of his hand.

[lin>ezra]"First light," I said. [lin>ezra]"I'll hold the rope. You can be brave in daylight like a normal person."

[ezra>lin]"Normal people don't live on a rock with four sheep and a barometer."

[lin>ezra]"Normal people don't, no."

He laughed then, which was worth something, and we sat at the radio table and drank tea that tasted of the kettle and listened to the roof try to leave.

@@ first ezra
* * *

She was right, which is the worst thing about Linnea Sorensen. She is right in a flat, patient voice, like a tide table.

At first light the wind had dropped to thirty. I went up the mast with the spare cups in my jacket and she stood at the bottom with the rope round her hips and her hair coming loose everywhere. From the top you can see the whole island, which is not much: the station, the sheep, the jetty, the grey.

The radio crackled in the hut below. Even from up there I could hear Aske asking for the two o'clock figures in the voice he uses for students who have lost their homework.

[lin>ezra]"Tell him it's your fault," she shouted up.

[ezra>lin]"It's the wind's fault!"

[lin>ezra]"Tell him that, then, Ezra. See how it goes."

The new cups went on with cold fingers and a lot of language. When I came down she caught the rope and then, without seeming to decide anything, caught me by the front of the jacket and held on.

[lin>ezra]"Don't do that again," she said.

[ezra>lin]"Fix the gauge?"

[lin>ezra]"Make me watch."

I have thought about what I did next for about a year, on and off, usually at night. It turned out to be simple. I kissed her, and she tasted of the kettle, and the numbers came back in.

@@ first narrator
* * *

I have taken the supply boat out to Skarra every second Tuesday for nineteen years, and I have brought out a good many scientists. They come in pairs, mostly. They go home in pairs too, but not always the same pairs.

This season's young man was waiting on the jetty before I had the engine off. He had a bandage on one hand and a look on his face like somebody had given him the whole sky for his birthday.

[ezra>narrator]"You're early," he said.

[narrator>ezra]"Tide's early," I said. [narrator>ezra]"I only follow it. Two boxes of tins, one of paraffin, and the parts your professor asked for."

[ezra>narrator]"The gauge is fixed already."

[narrator>ezra]"Then they're spare parts."

He carried the heaviest box up the path himself, which they never do in their first season. Halfway up he stopped to look back at the hut, where someone had hung two mugs on the hooks outside the door, side by side.

I have done this job long enough to know what two mugs mean. I did not say so. I took my empty crates, and my signature, and my tea, and I went home with the tide.
