{
 "title": "The Understudy",
 "notes": ["Headed alternating first-person POV with three header styles (\"POV: Faith\", \"~Rowan~\", \"Grace's perspective\"); Rowan uses they/them; Faith and Grace are rivals; Faith and Rowan confess. 'Faith' and 'Grace' are also common words (\"a leap of faith\", \"with good grace\")."],
 "characters": [
  ["faith", "Faith Mbeki", ["Faith", "Mbeki"], "she/her"],
  ["rowan", "Rowan Pike", ["Rowan", "Ro"], "they/them"],
  ["grace", "Grace Holloway", ["Grace", "Holloway"], "she/her"],
  ["desmond", "Desmond Fairweather", ["Desmond"], "he/him"]
 ],
 "relationships": [
  ["faith", "rowan", "romantic", {"status_at_end": "together", "stages": ["confession"]}],
  ["faith", "grace", "adversarial"],
  ["grace", "rowan", "platonic"],
  ["faith", "desmond", "platonic"]
 ],
 "tags": {"rating": "Teen And Up Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/F", "Other"],
  "relationships": ["Faith Mbeki/Rowan Pike", "Faith Mbeki & Grace Holloway", "Grace Holloway & Rowan Pike"],
  "characters": ["Faith Mbeki", "Rowan Pike", "Grace Holloway", "Desmond Fairweather"],
  "pov": ["First Person POV", "Alternating POV", "Multiple POVs"], "additional": ["Nonbinary Character", "Theatre", "Rivals", "Confessions"]}
}
---TEXT---
@@ first faith
The Understudy

POV: Faith

Grace Holloway has played the lead in every production at the Kettleworth Playhouse for three years, and I have understudied her in every one of them, and she has never once been ill.

Not a cold. Not a sprained ankle. I have started to believe she is held together with hairspray and spite.

[rowan>faith]"You're staring at her again," Rowan said, not looking up from the lighting desk.

[faith>rowan]"I'm not staring. I'm studying."

[rowan>faith]"You're studying the back of her head like it owes you money."

[faith>rowan]"It does, in a way."

[rowan>faith]"Faith." Rowan finally turned, headset round their neck, and gave me the look they save for actors who miss their marks. [rowan>faith]"Go home. Learn your lines. The ones you'll actually say."

I have four lines as Second Maid. I know them in my sleep. I know the lead's lines in my sleep too, which is the whole tragedy of my life.

Desmond Fairweather, our director, clapped his hands from the stalls. [desmond>grace]"Places for the second act, please! Grace, darling, from the letter."

Grace didn't even glance at me as she swept past. [grace>faith]"Try not to trip over the furniture this time, Mbeki," she said, [grace>faith]"it's rented."

@@ first rowan
~Rowan~

I've run the board at the Playhouse for two seasons, and in that time I have learned three things: the fly system hates rain, Desmond cannot tell blue gel from lavender, and Faith Mbeki is the best actor in the building.

She doesn't know that last one. She thinks she's the understudy because she isn't good enough. She's the understudy because Grace was here first and Desmond is a coward.

On the Thursday of tech week, Grace came up to the booth. Nobody comes up to the booth.

[grace>rowan]"Pike." She sat on the spare stool like she was doing it a favour. [grace>rowan]"I need a word. Off the record."

[rowan>grace]"Everything up here is off the record. Nobody can hear us over the dimmers."

She twisted her rings. [grace>rowan]"I've been offered a tour. Six months. They want an answer by Monday."

[rowan>grace]"Congratulations?"

[grace>rowan]"If I go, she gets the part." Grace jerked her chin at the stage, where Faith was sweeping up sawdust and mouthing someone else's monologue. [grace>rowan]"Opening night. No rehearsal with the company. Can she do it?"

*Can she do it.* I thought about every night I had watched Faith run the whole play in the wings under her breath.

[rowan>grace]"She can do it in her sleep," I said. [rowan>grace]"She does, I think."

Grace laughed, short and surprised. [grace>rowan]"Don't tell her I asked."

@@ first grace
Grace's perspective

I am not a nice person. I've made my peace with it. Nice people don't get leads in a town this size.

But I watched Mbeki from the dress circle on the Saturday matinee, covering for a Second Maid who'd lost her voice as well as doing her own, and I thought: *that should be me, ten years ago, before I got frightened.*

So I took the tour. I told Desmond with good grace, which surprised him so much he dropped his coffee.

[desmond>grace]"You're sure?" he asked. [desmond>grace]"Grace, you're certain? Because once I tell Faith—"

[grace>desmond]"Tell her," I said. [grace>desmond]"And tell her I said the second-act letter needs more anger. She plays it sad. It isn't sad."

[desmond>grace]"You could tell her yourself."

[grace>desmond]"I could," I agreed, and didn't.

@@ first faith
POV: Faith

Desmond told me in the car park, in the rain, holding a script over his head like a roof.

"{{desmond>faith|Opening night is yours,}}" he said. "{{desmond>faith|Grace is off to Edinburgh. Don't make me regret it.}}"

I went up to the booth. I don't know why. Nobody goes up to the booth.

Rowan was rewiring something with a screwdriver between their teeth. They took it out when they saw my face.

"{{rowan>faith|He told you.}}"

"{{faith>rowan|You knew?}}"

"{{rowan>faith|Grace asked me if you could do it.}}" Ro shrugged, but their ears had gone pink. "{{rowan>faith|I said yes. I said you could do it in your sleep.}}"

"{{faith>rowan|Why would you say that?}}"

"{{rowan>faith|Because I've watched you do it. Every night. From up here.}}" They looked at the board instead of me. "{{rowan>faith|I watch you a lot, actually. That's the other thing I've been meaning to tell you. For about a year.}}"

It was a leap of faith, I suppose. The first one I ever took that wasn't in a script.

"{{faith>rowan|Ro,}}" I said, "{{faith>rowan|if you're about to tell me you like me, you have to look at me while you do it. Those are the rules.}}"

They looked at me.

"{{rowan>faith|I like you,}}" said Rowan Pike. "{{rowan>faith|Break a leg.}}"
