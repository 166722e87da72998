{
 "title": "Harbour Lights",
 "notes": ["Headed alternating first-person POV (\"Wren POV\" / \"Hope's POV\"), chapter headers, A/N and disclaimer outside every section, curly quotes, first meeting -> confession -> first kiss (F/F)."],
 "characters": [
  ["wren", "Wren Calloway", ["Wren", "Calloway"], "she/her"],
  ["hope", "Hope Adair", ["Hope"], "she/her"],
  ["maud", "Maud Adair", ["Maud", "Nana"], "she/her"],
  ["jonah", "Jonah", ["Jonah"], "he/him"],
  ["quill", "Mr. Quill", ["Quill", "Mr. Quill"], "he/him"]
 ],
 "relationships": [
  ["wren", "hope", "romantic", {"status_at_end": "together", "stages": ["first meeting", "confession", "first kiss"]}],
  ["hope", "maud", "family"],
  ["hope", "jonah", "family"],
  ["maud", "jonah", "family"],
  ["wren", "jonah", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/F"],
  "relationships": ["Hope Adair/Wren Calloway", "Hope Adair & Jonah", "Hope Adair & Maud Adair"],
  "characters": ["Wren Calloway", "Hope Adair", "Maud Adair", "Jonah", "Mr. Quill"],
  "pov": ["First Person POV", "Alternating POV"], "additional": ["First Meetings", "First Kiss", "Island Life", "Fluff"]}
}
---TEXT---
@@ skip
Harbour Lights

A/N: First fic in this fandom, be gentle! Huge thanks to my beta for catching all my comma crimes. Chapters alternate between the girls.

Disclaimer: Everyone here is mine, for better or worse. The island isn’t real, sadly.

@@ first wren
Chapter 1: The Last Ferry

Wren POV

The ferry to Carrick Island runs twice a day in winter, and I missed the first one by the length of a rope.

I stood on the slipway with my suitcase and my grandmother’s old camera bag and watched the boat shrug away from the pier. A girl in a yellow oilskin was coiling lines at the stern. She saw me, and she laughed, and then she did the most unexpected thing: she cupped her hands around her mouth.

“{{hope>wren|Next one’s at four!}}” she shouted across the water. “{{hope>wren|Don’t go anywhere!}}”

Where, exactly, was I supposed to go? The harbour café was shut. The rain had opinions. I sat on my suitcase for five hours and read the same page of my book eleven times.

At ten to four the boat came back, and the girl in yellow jumped onto the pier before it had properly stopped.

“{{hope>wren|You waited,}}” she said.

“{{wren>hope|You told me to.}}”

“{{hope>wren|People don’t usually listen to me.}}” She took the suitcase out of my hand without asking. “{{hope>wren|I’m Hope. That’s Mr. Quill at the wheel. He’s pretending he can’t hear us.}}”

“{{quill>hope|I can hear you fine,}}” said Mr. Quill. “{{quill>hope|I’m choosing not to.}}”

“{{wren>hope|Wren,}}” I said. “{{wren>hope|Wren Calloway. I’m here for the lighthouse job. The photographs. For the trust.}}”

Hope looked at me the way you look at weather coming in. “{{hope>wren|Oh, you’re the one Nana’s been cleaning the spare room for. Brace yourself. She’s bought new curtains.}}”

I did not know yet that Nana was Maud Adair, or that Maud Adair had been the island’s postmistress for forty years and knew the contents of every parcel that had ever crossed the Sound. I only knew that the girl in yellow had freckles on her knuckles, and that I wanted to photograph her hands.

*Don’t,* I told myself. *You’re here for six weeks. You’re here for the lighthouse.*

@@ first hope
Chapter 2: Curtains

Hope’s POV

Nana had bought the curtains in a colour called “seafoam,” which is a lie, because I have seen a lot of sea foam and none of it was that green.

“{{maud>wren|Sit, sit,}}” she told Wren, and put a plate of scones in front of her like a challenge. “{{maud>wren|You’re thin. Photographers always are. It’s all that standing about waiting for the light.}}”

“{{wren>maud|It’s mostly the standing about waiting for ferries,}}” Wren said, and looked at me.

I went red. I’m twenty-six years old and I went red over a scone.

My little brother Jonah came in from the shed with oil up to his elbows and stopped dead in the doorway. “{{jonah>maud|Is that her? The lighthouse woman?}}”

“{{maud>jonah|Her name is Wren, and wash your hands.}}”

“{{jonah>wren|Hiya, Wren.}}” He didn’t wash his hands. “{{jonah>wren|Are you going to put us in a book?}}”

“{{wren>jonah|Only if you’re very well behaved.}}”

“{{jonah>wren|Then I’m out,}}” said Jonah cheerfully, and stole two scones.

Later, I walked her up to the lighthouse because the path is bad in the dark and because I wanted to. She talked about apertures. I didn’t understand a word and I didn’t care. When we reached the top of the hill she stopped and turned slowly, taking in the whole black bowl of the Sound with the mainland lights strung along the far side.

“{{wren>hope|You get to see this every night,}}” she said.

“{{hope>wren|I don’t look, usually.}}”

“{{wren>hope|Why not?}}”

I didn’t have an answer. I had a hundred, and none of them were good enough. *Because nobody ever stood next to me and made me.*

@@ first wren
Chapter 3: Long Exposure

Wren POV

By the fourth week I had six hundred photographs of the lighthouse and forty of Hope Adair, and only one of those numbers was in my contract.

She found them, of course. I’d left the laptop open on the kitchen table, and she came in with the post and stopped.

“{{hope>wren|Wren.}}”

“{{wren>hope|I can explain.}}”

“{{hope>wren|Can you?}}” She scrolled. Her hands on the trackpad, the freckled knuckles. “{{hope>wren|That’s me on the pier. That’s me asleep on the ferry. When did you—that’s Jonah’s birthday. I look ridiculous.}}”

“{{wren>hope|You look happy.}}” I made myself stand still. “{{wren>hope|I photograph what I can’t stop looking at. It’s a flaw. My tutor used to say I’d never finish a commission because I kept turning the camera round.}}”

She shut the laptop very gently.

“{{hope>wren|Six weeks,}}” she said. “{{hope>wren|You said six weeks. You’ve got two left.}}”

“{{wren>hope|I know.}}”

“{{hope>wren|So what are you asking me?}}”

“{{wren>hope|Nothing. I’m telling you. I’m—}}” I had never said it to anyone sober. “{{wren>hope|I’m in love with you, Hope. I think I was in love with you before I got on the boat.}}”

@@ first hope
Chapter 4: Harbour Lights

Hope’s POV

I didn’t say anything clever. I want that on the record.

I walked round the table and I kissed her, and she made a small surprised noise against my mouth and then she kissed me back, and somewhere behind us the kettle started to scream and neither of us moved.

Nana came in, took the kettle off the hob, and went out again. “{{maud|About time,}}” she said to the hallway.

Afterwards we sat on the back step with our shoulders touching and watched the ferry lights come across the water, small and steady.

“{{wren>hope|Two weeks,}}” Wren said.

“{{hope>wren|The trust has another lighthouse. On the north shore. I checked.}}” I bumped her knee with mine. “{{hope>wren|Mr. Quill says there’s a spare bunk on the boat if you ever miss the last ferry again.}}”

She laughed into my shoulder. “{{wren>hope|I’m going to miss it on purpose.}}”

“{{hope>wren|I know you are, Calloway,}}” I said. “{{hope>wren|I’m counting on it.}}”
