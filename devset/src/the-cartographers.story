{
 "title": "The Cartographers",
 "notes": ["Em-dash dialogue (continental style): each speech opens with an em dash, speech tags are set off by dashes, and there are no quotation marks at all. Gold quotes are the spoken words only, without the dashes. Third-person narration. M/M confession and first kiss; a hostile guildmaster."],
 "characters": [
  ["anselm", "Anselm Reyt", ["Anselm", "Anselm Reyt", "Reyt"], "he/him"],
  ["teodor", "Teodor Hollis", ["Teodor", "Teo", "Teodor Hollis"], "he/him"],
  ["varro", "Guildmaster Varro", ["Varro", "Guildmaster Varro", "Guildmaster"], "he/him"]
 ],
 "relationships": [
  ["anselm", "teodor", "romantic", {"status_at_end": "together", "stages": ["confession", "first kiss"]}],
  ["anselm", "varro", "adversarial"],
  ["teodor", "varro", "adversarial"]
 ],
 "tags": {"rating": "Teen And Up Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["M/M"],
  "relationships": ["Anselm Reyt/Teodor Hollis"],
  "characters": ["Anselm Reyt", "Teodor Hollis", "Guildmaster Varro"],
  "pov": ["Third Person POV"], "additional": ["Maps", "Confessions", "First Kiss", "Workplace Romance"]}
}
---TEXT---
@@ third
The Cartographers

The map room of the Guild of Surveyors was the coldest room in the city, because ink behaves better in the cold, and Anselm Reyt had worked in it for six years without once complaining. Teodor Hollis had worked in it for six weeks and complained every morning.

— {{teodor>anselm|My fingers have stopped,}} — Teodor said, holding them up. — {{teodor>anselm|Look. Dead. I'll have to draw with my nose.}}

— {{anselm>teodor|Your nose would draw better than your fingers.}}

— {{teodor>anselm|That's unkind.}}

— {{anselm>teodor|It's accurate. Your river's in the wrong place.}}

Teodor leaned over the great table and frowned at the sheet. The river Maren curled across it in his clean brown line, down from the hills, through the marshes, into the sea.

— {{teodor>anselm|It's not wrong. It's moved.}}

— {{anselm>teodor|Rivers don't move.}}

— {{teodor>anselm|This one did. I walked it in the spring. The flood cut a new bed east of the mill, half a league. The old maps are wrong, Anselm. All of them. Yours too.}}

Anselm straightened slowly. Nobody in the Guild had told him his maps were wrong in six years. He found, to his surprise, that he did not mind hearing it from Teodor. He minded a great many other things about Teodor — the whistling, the crumbs, the way he stood too close at the table — but not that.

The door opened without a knock. Only one man in the building opened doors without knocking.

— {{varro>teodor|Hollis,}} — said Guildmaster Varro. — {{varro>teodor|A word about the Maren sheet.}}

— {{teodor>varro|Yes, Guildmaster?}}

— {{varro>teodor|You've drawn it east of the mill.}}

— {{teodor>varro|Because it is east of the mill.}}

— {{varro>teodor|The Duke's tax rolls say otherwise. The Duke's tax rolls put a great deal of good farmland west of that river. If the river moves, the farmland moves, and the Duke does not enjoy losing farmland.}} — Varro smiled without any warmth at all. — {{varro>teodor|You'll redraw it. West.}}

— {{anselm>varro|He'll draw it where it is,}} — said Anselm.

Both men turned. Anselm had not known he was going to speak until he had spoken; now that he had, he found his voice perfectly steady.

— {{anselm>varro|I've checked his survey,}} — he went on. — {{anselm>varro|The river moved. If the Guild puts its seal on a map it knows to be false, it isn't a guild of surveyors any more, Guildmaster. It's a guild of liars with good pens.}}

Varro looked at him for a long, cold moment.

— {{varro>anselm|You'll regret this, Reyt.}}

— {{anselm>varro|Very likely.}}

The door shut hard enough to rattle the ink bottles.

Teodor let out a breath that clouded in the cold air. — {{teodor>anselm|You didn't check my survey.}}

— {{anselm>teodor|No.}}

— {{teodor>anselm|Then why—}}

— {{anselm>teodor|Because I believe you.}} — Anselm picked up a pen, put it down again. His hands, he noticed, were not as steady as his voice had been. — {{anselm>teodor|Because you walked half a league of marsh in the spring to find out where a river went, and nobody asked you to, and I have been in love with you since approximately the second week, and it has been extremely inconvenient.}}

Teodor stared at him. Then he came around the great table, stepping over the rolled charts on the floor, until he was standing much too close, exactly as he always did.

— {{teodor>anselm|Say that again,}} — he said. — {{teodor>anselm|The inconvenient part.}}

— {{anselm>teodor|Teo.}}

— {{teodor>anselm|Humour me.}}

Anselm kissed him instead. Teodor's mouth was cold, and tasted of the terrible tea from the Guild kitchen, and Anselm decided that it was the best-mapped place he had ever been.

When they drew apart, Teodor was smiling. — {{teodor>anselm|My fingers,}} — he said, — {{teodor>anselm|have started working again.}}

— {{anselm>teodor|Good,}} — said Anselm. — {{anselm>teodor|You've got a river to draw.}}
