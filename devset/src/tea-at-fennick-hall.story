{
 "title": "Tea at Fennick Hall",
 "notes": ["British-style single-quote dialogue with straight apostrophes everywhere (don't, o'clock, Agnes's, Colonel's, it'd, he's) and dashes inside quotes; third-person narration. A father known mostly by his title (\"the Colonel\"). F/M proposal scene; mistress and maid friendship; father and daughter."],
 "characters": [
  ["cordelia", "Cordelia Fennick", ["Cordelia", "Miss Fennick", "Cordelia Fennick", "Delia"], "she/her"],
  ["agnes", "Agnes Pryce", ["Agnes", "Agnes Pryce", "Pryce"], "she/her"],
  ["colonel", "Colonel Fennick", ["the Colonel", "Colonel Fennick", "Papa"], "he/him"],
  ["ashby", "Bertram Ashby", ["Mr. Ashby", "Bertram", "Bertram Ashby"], "he/him"]
 ],
 "relationships": [
  ["cordelia", "ashby", "romantic", {"status_at_end": "together", "stages": ["proposal"]}],
  ["cordelia", "agnes", "platonic"],
  ["cordelia", "colonel", "family"],
  ["colonel", "ashby", "adversarial"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Bertram Ashby/Cordelia Fennick", "Agnes Pryce & Cordelia Fennick", "Colonel Fennick & Cordelia Fennick"],
  "characters": ["Cordelia Fennick", "Agnes Pryce", "Colonel Fennick", "Bertram Ashby"],
  "pov": ["Third Person POV"], "additional": ["Period Piece", "Proposals", "Maids", "Fluff and Humor"]}
}
---TEXT---
@@ third
Tea at Fennick Hall

Colonel Fennick took his tea at four o'clock precisely, and had done so since the Crimea, and it was Agnes Pryce's considered opinion that the house would fall down if he ever took it at five past.

'{{agnes>cordelia|He's asked for the good cups,}}' she told Miss Fennick, in the back corridor where the bell-board hung. '{{agnes>cordelia|The good cups, miss. On a Tuesday.}}'

Cordelia Fennick set down the book she'd been pretending to read. '{{cordelia>agnes|Then someone is coming to tea whom Papa wishes to impress. Or to frighten. With Papa it's much the same thing.}}'

'{{agnes>cordelia|It's Mr. Ashby, miss.}}'

'{{cordelia>agnes|Oh,}}' said Cordelia. Then, with great care: '{{cordelia>agnes|Oh, dear.}}'

Agnes had been at Fennick Hall since she was fourteen and Cordelia twelve, and there was very little about the Colonel's daughter she did not know. She knew, for instance, that Miss Fennick had walked to the village four times in the last fortnight to buy stamps, and that the house had stamps enough for a small war, and that the village post office stood directly opposite the rooms Mr. Bertram Ashby had taken for the summer.

'{{agnes>cordelia|Shall I do your hair, miss?}}'

'{{cordelia>agnes|Do you think it needs doing?}}'

'{{agnes>cordelia|I think it'd be a kindness to the gentleman.}}'

Mr. Ashby arrived at four minutes to four, which the Colonel would hold against him, in a coat that had been brushed by someone who loved him, which the Colonel would not notice. He was a schoolmaster. He had ink on his cuff. He stood in the drawing room as if he expected to be examined, and he was.

'{{colonel>ashby|You're the fellow who writes the letters to the county paper,}}' said the Colonel. '{{colonel>ashby|About the drains.}}'

'{{ashby>colonel|I am, sir.}}'

'{{colonel>ashby|Damned impertinent letters.}}'

'{{ashby>colonel|Thank you, sir.}}'

'{{colonel>ashby|It wasn't a compliment.}}'

'{{ashby>colonel|No, sir. But the drains have been mended.}}'

Agnes, pouring, did not laugh. She had not laughed in front of the Colonel in eleven years, and she was not going to start for a schoolmaster. But her hand shook a little on the pot, and Miss Fennick caught her eye across the tray and had to look very hard at the sugar tongs.

The Colonel put down his cup. '{{colonel>ashby|Well, Ashby. I assume you've not come about drains.}}'

'{{ashby>colonel|No, sir.}}' Mr. Ashby's ears had gone the colour of the Colonel's regimental facings. '{{ashby>colonel|I've come to ask if I might — that is, with your permission, and with Miss Fennick's, which matters rather more —}}'

'{{cordelia>ashby|Yes,}}' said Cordelia.

Everyone looked at her. Agnes set the teapot down with enormous care.

'{{cordelia>ashby|I'm sorry, Bertram,}}' said Cordelia, '{{cordelia>ashby|you were taking such a long time, and the tea's going cold. Yes. The answer's yes.}}'

The Colonel looked at his daughter for a long moment. Then he looked at the schoolmaster, and then, unexpectedly, at Agnes, as if she might have something to say on the matter.

'{{agnes>colonel|He did mend the drains, sir,}}' Agnes said. '{{agnes>colonel|The whole village says so.}}'

'{{colonel|Did he, by God,}}' said the Colonel, and, after a silence that lasted exactly as long as it took the clock to strike the quarter, he picked up his cup again. '{{colonel>cordelia|Well. Your mother always said you'd marry a man with opinions, Delia. I'd hoped she was wrong. She seldom was.}}'

Later, in the back corridor, Cordelia caught Agnes's hands and squeezed them until the knuckles cracked.

'{{cordelia>agnes|You spoke to Papa. You've never spoken to Papa. Not once in eleven years.}}'

'{{agnes>cordelia|Somebody had to, miss,}}' said Agnes Pryce. '{{agnes>cordelia|Mr. Ashby was never going to finish his sentence.}}'
