{
 "title": "The Night Market",
 "notes": ["First-person narrator whose name (Oskar, Oz) appears only in other characters' dialogue, never in narration. Thoughts in _underscores_. First meeting (F/M), grandmother and grandson, rival stallholder."],
 "characters": [
  ["oskar", "Oskar", ["Oskar", "Oz"], "he/him"],
  ["babcia", "Babcia", ["Babcia"], "she/her"],
  ["celeste", "Celeste Amari", ["Celeste", "Celeste Amari"], "she/her"],
  ["petrakis", "Mr. Petrakis", ["Mr. Petrakis", "Petrakis"], "he/him"]
 ],
 "relationships": [
  ["oskar", "celeste", "romantic", {"status_at_end": "together", "stages": ["first meeting"]}],
  ["oskar", "babcia", "family"],
  ["oskar", "petrakis", "adversarial"],
  ["babcia", "petrakis", "adversarial"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Celeste Amari/Oskar", "Babcia & Oskar"],
  "characters": ["Oskar", "Babcia", "Celeste Amari", "Mr. Petrakis"],
  "pov": ["First Person POV"], "additional": ["Food", "Night Markets", "First Meetings", "Grandparents"]}
}
---TEXT---
@@ first oskar
The Night Market

Babcia's dumpling stall has stood in the same spot at the Friday night market for nineteen years: third pitch from the fountain, under the lamp that flickers. This summer her knees gave up, and so the stall became mine, whether I liked it or not.

[babcia>oskar]"You pinch too hard," she told me on the first night, from the folding chair she had refused to stay home in. [babcia>oskar]"Gentle, Oskar. It's a dumpling, not a pickpocket."

[oskar>babcia]"I'm being gentle."

[babcia>oskar]"You're being a policeman. Again."

I pinched. She tutted. Across the aisle, Mr. Petrakis was selling souvlaki at half the price of anything on our board and smiling at me the way a cat smiles at a mouse with a limp.

[petrakis>oskar]"Your grandmother's recipe, Oz?" he called over. [petrakis>oskar]"Or yours? Because it looks like yours."

_Ignore him,_ I told myself. _Nineteen years she's ignored him. You can manage one night._

[babcia>petrakis]"Mind your own grill, Petrakis," Babcia said, without even turning her head. [babcia>petrakis]"Your onions are burning."

They were. He swore and turned away, and Babcia smiled to herself and went back to watching my hands.

Around ten, when the queue had thinned to nothing and I had flour in my eyebrows, a woman stopped at the stall and read the whole board twice, slowly, lips moving.

[celeste>oskar]"What's the difference between the ruskie and the other ones?" she asked.

[oskar>celeste]"Potato and cheese. The others are cabbage and mushroom. And those are sweet. Cherry."

[celeste>oskar]"Which ones do you like?"

Nobody had asked me that. Babcia asks what's selling. Petrakis asks what's burning.

[oskar>celeste]"The cherry ones," I said. [oskar>celeste]"But nobody buys them. Everyone wants savoury at night."

[celeste>oskar]"Then I'll have six cherry ones," she said, [celeste>oskar]"and you'll have to tell me if I'm doing it right."

_Doing it right,_ I thought. _How do you eat a dumpling wrong?_ And then I watched her try to eat one whole and get cherry juice down her chin, and I understood.

[oskar>celeste]"Small bites," I said, and handed her a napkin.

[celeste>oskar]"Now you tell me." She was laughing. She had a laugh like someone dropping a tray of cutlery, loud and bright and without any apology in it. [celeste>oskar]"I'm Celeste. I've just moved in above the launderette. I'll be back next Friday for more of these, and you can teach me properly."

[oskar>celeste]"I'll be here."

[celeste>oskar]"You'd better be, Oskar." She pointed at the name on my apron; Babcia had embroidered it, badly, in the first week. [celeste>oskar]"I know where you work."

When she'd gone, Babcia made a small, satisfied noise from her folding chair.

[babcia>oskar]"Cherry," she said. [babcia>oskar]"Your grandfather bought cherry, the first time."

[oskar>babcia]"That's a coincidence."

[babcia>oskar]"Of course it is, Oskar," said Babcia. [babcia>oskar]"Pinch more gently. Next Friday you'll want them perfect."

Across the aisle, for the first time in nineteen years, Mr. Petrakis's onions burned twice in one night. Celeste Amari had stopped at his stall on the way out and asked him, quite loudly, why his souvlaki cost so little. I have never liked anyone so quickly in my life.
