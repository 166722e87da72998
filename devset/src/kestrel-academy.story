{
 "title": "Kestrel Academy",
 "notes": ["Third-person narration. Rivals who become friends. Action beats before quotes (\"Ivy tilted her head. ...\"), vocatives, quotes split by speech tags, a multi-paragraph speech (no closing mark until its last paragraph; one gold quote per paragraph), thoughts in *asterisks*, a scare quote in narration (\"optional revision\") that is not speech, and single-quoted scare words inside speech ('borrowing', 'accident') that belong to the quote, nickname Wil for Wilhelmina and the title \"the Professor\"."],
 "characters": [
  ["ivy", "Ivy Marchetti", ["Ivy", "Marchetti", "Ivy Marchetti", "Miss Marchetti"], "she/her"],
  ["wil", "Wilhelmina Frost", ["Wilhelmina", "Wil", "Wilhelmina Frost", "Miss Frost"], "she/her"],
  ["hartigan", "Professor Hartigan", ["Professor Hartigan", "The Professor", "Hartigan", "Professor"], "he/him"],
  ["dash", "Dash", ["Dash"], "he/him"]
 ],
 "relationships": [
  ["ivy", "wil", "adversarial", {"status_at_end": "friends", "note": "rivals to friends; the rivalry is the relationship for most of the story"}],
  ["ivy", "dash", "platonic"],
  ["hartigan", "ivy", "platonic"],
  ["hartigan", "wil", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["Gen"],
  "relationships": ["Ivy Marchetti & Wilhelmina Frost", "Dash & Ivy Marchetti"],
  "characters": ["Ivy Marchetti", "Wilhelmina Frost", "Professor Hartigan", "Dash"],
  "pov": ["Third Person POV"], "additional": ["Boarding School", "Rivals to Friends", "Alchemy"]}
}
---TEXT---
@@ third
Kestrel Academy

Chapter 5: The Exam

The alchemy lab at Kestrel Academy smelled of copper and burnt sugar, and Ivy Marchetti had decided long ago that it was the best smell in the world. Then Wilhelmina Frost transferred in, and the lab started to smell like competition.

Wil was already at the front bench when Ivy arrived, her sleeves rolled, her crucible polished to a mirror.

Ivy tilted her head. [ivy>wil]"You polished it? For a written exam?"

[wil>ivy]"I polish it every morning," said Wil, without looking up. [wil>ivy]"Some of us take the Art seriously, Marchetti."

*Some of us,* Ivy thought, *are going to put frogspawn in your inkwell.*

Dash slid onto the stool beside her and bumped her shoulder. [dash>ivy]"Don't," he murmured. [dash>ivy]"Whatever you're planning. The Professor's in a mood."

[ivy>dash]"I'm not planning anything."

[dash>ivy]"Your left eyebrow is planning something."

The Professor was indeed in a mood. Professor Hartigan swept in with his gown flapping and slammed a stack of papers on the desk so hard that three beakers rang like bells.

"{{hartigan|Before we begin,}}" he said, "{{hartigan|I have an announcement. Someone has been 'borrowing' quicksilver from the store cupboard.}}

"{{hartigan|I do not know who. I do not, at this moment, care who. What I care about is that quicksilver is a poison, and that a poison kept in a jam jar under a dormitory bed is not an experiment; it is a funeral waiting for a date.}}

"{{hartigan|So. The jar will be returned to my desk by supper, and no questions will be asked, and no one will be expelled. If it is not, I shall ask a great many questions, and I shall enjoy the answers very little. That is all. Turn over your papers.}}"

Nobody moved for a moment. Then forty papers turned over at once, with a sound like a flock of birds leaving a field.

Ivy didn't look at Wil. She didn't have to. She'd seen the jam jar, two nights ago, under the bed by the window in the room Wil shared with two fourth-years. She'd assumed it was jam.

The exam was "optional revision," according to the timetable, which fooled nobody. It was hard. Ivy did not think about it at all.

After supper she found Wil on the back stairs, sitting with her knees up and the jar in her lap.

[ivy>wil]"You haven't taken it back," Ivy said.

Wil's jaw tightened. [wil>ivy]"Go away, Marchetti."

[ivy>wil]"He said no questions. He meant it. Hartigan always means it."

[wil>ivy]"It's not mine." Wil turned the jar in her hands. The silver inside slid like something alive. [wil>ivy]"My roommate took it. She wanted to make mirrors. She didn't know. If I take it back, he'll ask where I found it, and I'll have to tell him."

[ivy>wil]"So you're going to get expelled for her instead?"

[wil>ivy]"I'm going to return it," said Wil, [wil>ivy]"as an 'accident.' I found it. I don't know how it got there. Everyone will think it was me anyway; everyone already thinks I'm the sort of person who'd do it."

Ivy sat down on the step below her. The stone was cold. *I did,* she thought. *I thought that.*

[ivy>wil]"Come on," she said. [ivy>wil]"We'll take it together."

[wil>ivy]"Why would you—"

[ivy>wil]"Because if it's two of us, he can't decide it was you. And because you polish your crucible every morning, Wilhelmina, which is honestly the most annoying thing I've ever seen, and I'd miss being annoyed."

Wil stared at her. Then, slowly, she laughed. [wil>ivy]"Nobody calls me Wilhelmina."

[ivy>wil]"Nobody calls you anything. You don't let them."

The Professor was at his desk when they knocked. He looked at the jar, and at the two of them, and at their linked arms, and raised one eyebrow almost exactly as high as Ivy's.

[hartigan>ivy,wil]"Miss Marchetti," he said. [hartigan>ivy,wil]"Miss Frost. An unexpected partnership."

[ivy>hartigan]"We found it, Professor," said Ivy.

[wil>hartigan]"Together," said Wil.

[hartigan>ivy,wil]"So I see." He took the jar and put it in a drawer, and locked the drawer. [hartigan>ivy,wil]"No questions. As promised. Go to bed, both of you, before I think of some."
