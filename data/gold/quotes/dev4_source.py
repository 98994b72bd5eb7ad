"""Source of the quotes dev set ``dev4.jsonl`` (US government texts; built by ``dev4_build.py``).

Each document: its id, url, source, published date, the verbatim text with one paragraph per
list item (joined with a newline) and its quotes as tuples
``(span, kind, cue, speaker_text, speaker, speaker_class, speaker_country)`` in text order.
Annotated by hand on 2026-12-05 before the system ran on these texts.
"""

DSRN = "DoD / Defense Media Activity (DVIDS)"

DOCS = [
    {
        "id": "dvids-audio-47788", "url": "https://www.dvidshub.net/audio/47788/soldiers-radio-news",
        "source": DSRN, "published": None,
        "paragraphs": [
            "SERGEANT AUDREY SANTANA, SOLDIERS RADIO NEWS",
            "USO KOREA HONORED JUNIOR SERVICE MEMBERS AT THEIR 46TH ANNUAL GALA. EIGHTH ARMY DEPUTY COMMANDING GENERAL FOR SUSTAINMENT, major generl tammy smith, SAYS THE YOUNG SOLDIERS ARE THE FUTURE OF THE ARMY.",
            "\"THEY'RE THE ONES ON THE CUTTING EDGE, SO OUR ABILITY TO PAUSE FOR A MOMENT AND RECOGNIZE THEM IS ABSOLUTELY AMAZING AND APPROPRIATE TO THE HUGE CONTRIBUTION THAT THEY MAKE TO OUR MILITARY.\"",
            "17 SOLDIERS FROM THE FIRST CAVALRY DIVISION REENLISTED INTO THE U-S ARMY DURING A MASS CEREMONY ON BAGRAM AIRFIELD IN AFGHANISTAN. CAREER COUNSELOR, STAFF SERGEANT CRISTI PETTIT SAYS THIS EVENT SHOWED THE SOLDIERS' DEEP LEVEL OF COMMITMENT TO THEIR COUNTRY.",
            "\"IT GREATLY IMPROVES MORALE THROUGHOUT THE UNITS, IT SHOWS HOW MUCH THEY ARE DEDICATED TO EACH OTHER AND THEIR LEADERSHIP.\"",
            "VISIT THE U-S ARMY YOUTUBE CHANNEL FOR OUR LATEST EPISODE OF SITREP, ALL ABOUT UNRESTRICTED REPORTING OF SEXUAL ASSAULT. THAT'S YOUR SOLDIERS RADIO NEWS.",
        ],
        "quotes": [
            ("THE YOUNG SOLDIERS ARE THE FUTURE OF THE ARMY", "indirect", "SAYS", "major generl tammy smith", "Tammy Smith", "name", "USA"),
            ("THEY'RE THE ONES ON THE CUTTING EDGE, SO OUR ABILITY TO PAUSE FOR A MOMENT AND RECOGNIZE THEM IS ABSOLUTELY AMAZING AND APPROPRIATE TO THE HUGE CONTRIBUTION THAT THEY MAKE TO OUR MILITARY.", "direct", "SAYS", "major generl tammy smith", "Tammy Smith", "name", "USA"),
            ("THIS EVENT SHOWED THE SOLDIERS' DEEP LEVEL OF COMMITMENT TO THEIR COUNTRY", "indirect", "SAYS", "STAFF SERGEANT CRISTI PETTIT", "Cristi Pettit", "name", "USA"),
            ("IT GREATLY IMPROVES MORALE THROUGHOUT THE UNITS, IT SHOWS HOW MUCH THEY ARE DEDICATED TO EACH OTHER AND THEIR LEADERSHIP.", "direct", "SAYS", "STAFF SERGEANT CRISTI PETTIT", "Cristi Pettit", "name", "USA"),
        ],
    },
    {
        "id": "dvids-audio-47612", "url": "https://www.dvidshub.net/audio/47612/soldiers-radio-news",
        "source": DSRN, "published": "2017-04",
        "paragraphs": [
            "SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS",
            "SOLDIERS FROM THE CALIFORNIA NATIONAL GUARD GOT TO TEST THEIR SKILLS AFTER RECENT FLOODING LEFT CALIFORNIA IN A STATE OF EMERGENCY. NATIONAL GUARD CIVIL SUPPORT OPERATIONS NCO STAFF SERGEANT JUSTIN MCCAULEY TALKS ABOUT THE TEAMWORK HE SAW FIRSTHAND",
            "\"EVERYONE JUST DOVE IN HEAD FIRST AND WAS WILLING TO HELP, WILLING TO FIGHT, WILLING TO WORK THE LONG HOURS. NO ONE WAS REALLY TRYING TO NOT STEP INTO IT EVERYONE WANTED A PIECE OF THE ACTION WE ARE THE NATIONAL GUARD ALWAYS READY AND ALWAYS THERE.\"",
            "SERGEANT MAJOR OF THE ARMY DANIEL DAILEY VISITED SOLDIERS DEPLOYED TO ADAZI LATVIA DURING OPERATION ATLANTIC RESOLVE. 1-68TH ARMOR REGIMENT TRUCK COMMANDER CORPORAL NICHOLAS HODGES WAS IMPRESSED WITH THE WAY SGMA LIFTED THE SOLDIERS SPIRITS.",
            "\" I THINK IT WENT GREAT...A LITTLE BIT DIFFERENT THAN WHAT I EXPECTED, CAUSE BEING SERGEANT MAJOR OF THE ARMY YOU WOULD THINK HE’D BE A LITTLE BIT MORE STERN OR HE WOULDN’T BE AS RELAXED AS HE WAS, BUT HE WAS JUST LIKE EVERYONE ELSE WAS HE JUST HAS A HIGHER POSITION .\"",
        ],
        "quotes": [
            ("EVERYONE JUST DOVE IN HEAD FIRST AND WAS WILLING TO HELP, WILLING TO FIGHT, WILLING TO WORK THE LONG HOURS. NO ONE WAS REALLY TRYING TO NOT STEP INTO IT EVERYONE WANTED A PIECE OF THE ACTION WE ARE THE NATIONAL GUARD ALWAYS READY AND ALWAYS THERE.", "direct", "TALKS", "STAFF SERGEANT JUSTIN MCCAULEY", "Justin McCauley", "name", "USA"),
            ("I THINK IT WENT GREAT...A LITTLE BIT DIFFERENT THAN WHAT I EXPECTED, CAUSE BEING SERGEANT MAJOR OF THE ARMY YOU WOULD THINK HE’D BE A LITTLE BIT MORE STERN OR HE WOULDN’T BE AS RELAXED AS HE WAS, BUT HE WAS JUST LIKE EVERYONE ELSE WAS HE JUST HAS A HIGHER POSITION .", "direct", None, "CORPORAL NICHOLAS HODGES", "Nicholas Hodges", "name", "USA"),
        ],
    },
    {
        "id": "dvids-audio-48018", "url": "https://www.dvidshub.net/audio/48018/soldiers-radio-news",
        "source": DSRN, "published": "2017-05",
        "paragraphs": [
            "SERGEANT NATHANIEL PHILLIPS, SOLDIERS RADIO NEWS",
            "SOLDIER FROM THE SOUTH DAKOTA NATIONAL GUARD CONDUCTED FIRE FIGHTER TRAINING PREPARING THEM FOR POTENTIAL FUTURE MISSIONS. 451ST ENGINEER DETACHMENT SPECIALIST MATTHEW KOMES EXPLAINS WHY THE TRAINING IS NECESSARY",
            "\"THE MORE YOU PRACTICE AND THE HARDER YOU PRACTICE THE MORE PROFICIENT YOU ARE ON THE FIRE GROUNDS. KIND OF ALL INCORPORATES IN WHEN WE GET DEPLOYED OVERSEAS. THE MORE YOU PRACTICE AND THE HARDER YOU TRAIN THE MORE PROFICIENT YOU ARE ABLE TO BE ON THE FIRING GROUNDS. IF YOU TRAIN LIKE ITS REAL LIFE, THE BETTER OFF YOU ARE ON THE REAL LIFE SCENARIO.\"",
            "MAINTAINING READINESS IS ESSENTIAL TO TODAY'S FIGHTING FORCE. 3RD BRIGADE, 1ST ARMORED DIVISION S2 CHIEF WARRANT OFFICER 2 NICHOLAS TAYLOR, EXPLAINS WHY",
            "\"WE GO OVER SEAS, IT'S NOT A VIDEO GAME. SO WHEN WE DO THE TRAINING WE NEED TO DO IT AS ACCURATELY AS POSSIBLE WHEN IT COMES TO REAL LIFE SITUATIONS AND THAT'S WHAT WE PROVIDE.\"",
        ],
        "quotes": [
            ("THE MORE YOU PRACTICE AND THE HARDER YOU PRACTICE THE MORE PROFICIENT YOU ARE ON THE FIRE GROUNDS. KIND OF ALL INCORPORATES IN WHEN WE GET DEPLOYED OVERSEAS. THE MORE YOU PRACTICE AND THE HARDER YOU TRAIN THE MORE PROFICIENT YOU ARE ABLE TO BE ON THE FIRING GROUNDS. IF YOU TRAIN LIKE ITS REAL LIFE, THE BETTER OFF YOU ARE ON THE REAL LIFE SCENARIO.", "direct", "EXPLAINS", "SPECIALIST MATTHEW KOMES", "Matthew Komes", "name", "USA"),
            ("WE GO OVER SEAS, IT'S NOT A VIDEO GAME. SO WHEN WE DO THE TRAINING WE NEED TO DO IT AS ACCURATELY AS POSSIBLE WHEN IT COMES TO REAL LIFE SITUATIONS AND THAT'S WHAT WE PROVIDE.", "direct", "EXPLAINS", "CHIEF WARRANT OFFICER 2 NICHOLAS TAYLOR", "Nicholas Taylor", "name", "USA"),
        ],
    },
    {
        "id": "dvids-audio-48003", "url": "https://www.dvidshub.net/audio/48003/soldiers-radio-news",
        "source": DSRN, "published": "2017-05",
        "paragraphs": [
            "SERGEANT NATHANIEL PHILLIPS, SOLDIERS RADIO NEWS",
            "MISSISSIPPI NATIONAL GUARDSMEN ARE HEADED TO THE NATIONAL TRAINING CENTER IN CALIFORNIA, BUT FIRST THEY MUST PERFORM EQUIPMENT VALIDATION TO MAKE SURE THEY'RE MISSION READY. SERGEANT FIRST CLASS DANNY BROWNING EXPLAINS WHY IT'S IMPORTANT TO CHECK EVERYTHING BEFORE THEY HEAD OUT.",
            "\"WHEN YOU FIX THINGS HERE, WHERE YOU HAVE LOGISTICAL SUPPORT THAT'S A LOT STRONGER VERSUS WHEN WE GO OUT TO THE BOX AND WE'RE FURTHER AWAY FROM WHERE WE GOT OUR SUPPORT FROM.\"",
            "U-S SOLDIERS ARE SUPPORTING OUR CANADIAN ALLIES WITH THEIR LARGE-SCALE TRAINING EXERCISE, MAPLE RESOLVE 17. US ARMY MEDIC, SERGEANT RICK HOLSTEN SAYS THAT BY ASSISTING THE CANADIAN ARMY THEY ARE BUILDING INTEROPERABILITY.",
            "\"IT'S BEEN GOING REALLY WELL, WE'VE SET UP A COUPLE TRAINING EXERCISES ALREADY TO HELP FAMILIARIZE ALL THE CREWS WITH LOADING AND UNLOADING ALL THE CASUALTIES...BASICALLY GETTING EVERYONE ON THE SAME PAGE.\"",
            "CHECK OUT THE U-S ARMY YOUTUBE CHANNEL FOR OUR LATEST EPISODE OF SOLDIERS, WORKFORCE WARRIOR. THANKS FOR LISTENING TO SOLDIERS RADIO NEWS.",
        ],
        "quotes": [
            ("WHEN YOU FIX THINGS HERE, WHERE YOU HAVE LOGISTICAL SUPPORT THAT'S A LOT STRONGER VERSUS WHEN WE GO OUT TO THE BOX AND WE'RE FURTHER AWAY FROM WHERE WE GOT OUR SUPPORT FROM.", "direct", "EXPLAINS", "SERGEANT FIRST CLASS DANNY BROWNING", "Danny Browning", "name", "USA"),
            ("BY ASSISTING THE CANADIAN ARMY THEY ARE BUILDING INTEROPERABILITY", "indirect", "SAYS", "SERGEANT RICK HOLSTEN", "Rick Holsten", "name", "USA"),
            ("IT'S BEEN GOING REALLY WELL, WE'VE SET UP A COUPLE TRAINING EXERCISES ALREADY TO HELP FAMILIARIZE ALL THE CREWS WITH LOADING AND UNLOADING ALL THE CASUALTIES...BASICALLY GETTING EVERYONE ON THE SAME PAGE.", "direct", "SAYS", "SERGEANT RICK HOLSTEN", "Rick Holsten", "name", "USA"),
        ],
    },
    {
        "id": "dvids-audio-48694", "url": "https://www.dvidshub.net/audio/48694/soldiers-radio-news",
        "source": DSRN, "published": None,
        "paragraphs": [
            "SERGEANT NATHANIEL PHILLIPS, SOLDIERS RADIO NEWS",
            "SOUTH CAROLINA NATIONAL GUARD SOLDIERS ARE DEFENDING THE AIRSPACE IN ROMANIA AND BULGARIA FOR EXERCISE SABER GUARDIAN 17. SECOND LIEUTENANT TAWANNA THOMAS SAYS THE TRAINING PROVIDES HER SOLDIERS WITH A RARE OPPORTUNITY.",
            "\"SABER GUARDIAN ACTUALLY GIVES US A CHANCE TO GET OUT AND DO LIVE FIRE, DO IMPLACEMENT AND ACTUALLY GET TO DO A LOT OF THINGS THAT WE CAN'T DO AT HOME, 'CAUSE THAT'S WHAT WE'RE TRAINED TO DO, IS TO TRACK AND ENGAGE.\"",
            "SERGEANT JESSE THOMAS SAYS THE HOST NATION PROVIDED PLENTY OF TRAINING OPPORTUNITIES.",
            "\"THEY HAD AIRCRAFT FLYING, IN OUR AREA OF OPERATION AND THEY HAD A COUPLE OF FLARES FIRE OFF, AND DURING THAT TIME, WE STAGED OUR AVENGERS TO THE POINT WHERE WE CAN HAVE OUR GUNNERS PRACTICE TRACKING SOME OF THESE TARGETS.\"",
            "SERGEANT JESSI CORTEZ NOTES THAT TRAINING ALONGSIDE ALLIED SOLDIERS GIVES BOTH SIDES THE OPPORTUNITY TO LEARN NEW THINGS.",
            "\"I THINK WE BENEFIT FROM LEARNING FROM OTHER PEOPLE, WE GET ANOTHER PERSPECTIVE OF, LIKE, MAYBE, THIS IS ANOTHER, BETTER WAY TO DO THINGS, OR MAYBE IT'S NOT A BETTER WAY TO DO THINGS.\"",
        ],
        "quotes": [
            ("THE TRAINING PROVIDES HER SOLDIERS WITH A RARE OPPORTUNITY", "indirect", "SAYS", "SECOND LIEUTENANT TAWANNA THOMAS", "Tawanna Thomas", "name", "USA"),
            ("SABER GUARDIAN ACTUALLY GIVES US A CHANCE TO GET OUT AND DO LIVE FIRE, DO IMPLACEMENT AND ACTUALLY GET TO DO A LOT OF THINGS THAT WE CAN'T DO AT HOME, 'CAUSE THAT'S WHAT WE'RE TRAINED TO DO, IS TO TRACK AND ENGAGE.", "direct", "SAYS", "SECOND LIEUTENANT TAWANNA THOMAS", "Tawanna Thomas", "name", "USA"),
            ("THE HOST NATION PROVIDED PLENTY OF TRAINING OPPORTUNITIES", "indirect", "SAYS", "SERGEANT JESSE THOMAS", "Jesse Thomas", "name", "USA"),
            ("THEY HAD AIRCRAFT FLYING, IN OUR AREA OF OPERATION AND THEY HAD A COUPLE OF FLARES FIRE OFF, AND DURING THAT TIME, WE STAGED OUR AVENGERS TO THE POINT WHERE WE CAN HAVE OUR GUNNERS PRACTICE TRACKING SOME OF THESE TARGETS.", "direct", "SAYS", "SERGEANT JESSE THOMAS", "Jesse Thomas", "name", "USA"),
            ("TRAINING ALONGSIDE ALLIED SOLDIERS GIVES BOTH SIDES THE OPPORTUNITY TO LEARN NEW THINGS", "indirect", "NOTES", "SERGEANT JESSI CORTEZ", "Jessi Cortez", "name", "USA"),
            ("I THINK WE BENEFIT FROM LEARNING FROM OTHER PEOPLE, WE GET ANOTHER PERSPECTIVE OF, LIKE, MAYBE, THIS IS ANOTHER, BETTER WAY TO DO THINGS, OR MAYBE IT'S NOT A BETTER WAY TO DO THINGS.", "direct", "NOTES", "SERGEANT JESSI CORTEZ", "Jessi Cortez", "name", "USA"),
        ],
    },
    {
        "id": "dvids-audio-49675", "url": "https://www.dvidshub.net/audio/49675/marine-minute",
        "source": DSRN, "published": None,
        "paragraphs": [
            "I'm Private First Class Marcos Alvarado with your Marine Minute.",
            "Marines with 2nd Battalion, 8th Marine Regiment concluded Military Operations on Urbanized Terrain training at Marine Corps Base Camp Lejeune, North Carolina, October 4th . MOUT training helps give Marines a tactical advantage in urban settings. Sgt. Matthew Earle, Squad Leader with 2/8, talked about the importance of the training:",
            "\"Most of the world's conflicts are now in the urban environment. If you look throughout history, Fallujah, Ramadi, even back to Hue City, so we need not to only fight out on flat terrain or mountainous terrain, but we also need to fight in the cities, building to building, house to house, street to street.\"",
            "In the Pacific,",
            "Marines with III Marine Expeditionary Force and the Japan Special Reaction Team wrapped-up a Combat Life Saver Course at Camp Foster in Okinawa, Japan, October 4th. The course prepares Marines and Japanese forces to provide aide to injured service members in a multitude of combat situations.",
            "That's it for your Marine Minute, for more news around the Marine Corps go to Marines.mil.",
        ],
        "quotes": [
            ("Most of the world's conflicts are now in the urban environment. If you look throughout history, Fallujah, Ramadi, even back to Hue City, so we need not to only fight out on flat terrain or mountainous terrain, but we also need to fight in the cities, building to building, house to house, street to street.", "direct", "talked", "Sgt. Matthew Earle", "Matthew Earle", "name", "USA"),
        ],
    },
    {
        "id": "army-article-23839", "url": "https://www.army.mil/article/23839/3rd_ID_MRX_tests_combat_readiness/",
        "source": "U.S. Army (army.mil)", "published": None,
        "paragraphs": [
            "FORT STEWART, Ga. Division Special Troops Battalion, 3rd Infantry Division conducted a Mission Rehearsal Exercise to prepare for an October deployment, June 14-26. The battalion was evaluated by a team from the Battle Command Training Program, Fort Leavenworth, Kan., who used the evaluation to determine STB's readiness for deployment.",
            "Sergeant 1st Class James Rideout, the noncommissioned officer in charge of the Operation Group Delta, BCTP, observes command level units during exercises to see if they are up to standards for upcoming deployments. The program conducts and evaluates battle drills in a simulated stressful combat environment.",
            "DSTB was judged on its reaction to events in a simulated combat environment. Sgt. 1st Class Rideout said DSTB was one of the best and most efficient units he evaluated.",
            "\"Third Infantry Division did excellent,\" he said. \"The division staff is filled with experienced veterans. They're going to proudly serve 3rd ID.\"",
            "The exercise included a mass casualty evaluation exercise, which had troops locating and evacuating injured comrades on helicopters from the 3rd ID Combat Aviation Brigade.",
            "Sergeant Major Timothy Stanley, the 3rd ID Operations sergeant major, declared the exercise a success because the battalion used teamwork to complete its mission.",
            "Sergeant Major Stanley also said the exercise was important for the younger Soldiers because they got the chance to witness and participate in a division level operation with many pieces coming together.",
            "The exercise ended with a visit from Gen. George W. Casey, Jr., the Chief of Staff of the Army. He thanked the troops for their hard work and dedication. Before Gen. Casey left, the battalion sang the Dog Face Soldier song for him.",
            "Sergeant First Class Rideout said the exercise was a success because of the Soldiers' great attitude. \"They want to do the right things and get the job done,\" he said.",
        ],
        "quotes": [
            ("DSTB was one of the best and most efficient units he evaluated", "indirect", "said", "Sgt. 1st Class Rideout", "James Rideout", "name", "USA"),
            ("Third Infantry Division did excellent", "direct", "said", "he", "James Rideout", "pronoun", "USA"),
            ("The division staff is filled with experienced veterans. They're going to proudly serve 3rd ID.", "direct", "said", "he", "James Rideout", "pronoun", "USA"),
            ("the exercise was important for the younger Soldiers because they got the chance to witness and participate in a division level operation with many pieces coming together", "indirect", "said", "Sergeant Major Stanley", "Timothy Stanley", "name", "USA"),
            ("the exercise was a success because of the Soldiers' great attitude", "indirect", "said", "Sergeant First Class Rideout", "James Rideout", "name", "USA"),
            ("They want to do the right things and get the job done", "direct", "said", "he", "James Rideout", "pronoun", "USA"),
        ],
    },
    {
        "id": "dvids-news-238712", "url": "https://dvidshub.net/news/238712/116th-brigade-engineer-battalion-returns-texas-exercise",
        "source": "Idaho Army National Guard (DVIDS)", "published": None,
        "note": "the page is cut by the store inside the last paragraph; the text ends at the paragraph before",
        "paragraphs": [
            "Soldiers of the 116th Brigade Engineer Battalion, headquartered in Twin Falls, returned home today after spending the past three weeks at Fort Hood, Texas, conducting annual training. The training involved more than 80 Soldiers from the Magic Valley.",
            "The battalion provided command and control to Task Force Dagger during the 278th Armored Brigade Combat Team’s eXportable Combat Training Capability rotation. The task force provided Opposing Forces that allowed the Tennessee Army National Guard unit to train against a capable near-peer force.",
            "“We played the game as much as possible to get our new guys experience and to give the 278th ABCT experience so they know what to expect if they get deployed,” said Cpl. Rene Alarcon, a Twin Falls resident assigned to Headquarters and Headquarters Company, 116th Brigade Engineer Battalion. “You have to have a different perspective to play OPFOR,” Alacron said. “You have to see the battle from the enemy’s perspective.”",
            "Task Force Dagger was made up of more than 500 Soldiers, including approximately 350 from the Idaho Army National Guard’s 116th Cavalry Brigade Combat Team.",
            "“This was an unprecedented opportunity for the 116th Brigade Engineer Battalion to exercise command and control over an armored task force,” said Lt. Col. Dennis Stitt, 116th Brigade Engineer Battalion commander.",
            "XCTC is a field training exercise designed to certify platoon proficiency for National Guard units. The task force conducted approximately 180 training and mass casualty lanes in support of the exercise, which involved more than 4,100 Soldiers.",
        ],
        "quotes": [
            ("We played the game as much as possible to get our new guys experience and to give the 278th ABCT experience so they know what to expect if they get deployed", "direct", "said", "Cpl. Rene Alarcon", "Rene Alarcon", "name", "USA"),
            ("You have to have a different perspective to play OPFOR", "direct", "said", "Alacron", "Rene Alarcon", "name", "USA"),
            ("You have to see the battle from the enemy’s perspective.", "direct", "said", "Alacron", "Rene Alarcon", "name", "USA"),
            ("This was an unprecedented opportunity for the 116th Brigade Engineer Battalion to exercise command and control over an armored task force", "direct", "said", "Lt. Col. Dennis Stitt", "Dennis Stitt", "name", "USA"),
        ],
    },
    {
        "id": "dvids-news-205109", "url": "https://dvidshub.net/news/205109/deploying-troopers-grow-closer-stronger-during-culminating-live-fire-exercise",
        "source": "U.S. Army, 13th Public Affairs Detachment (DVIDS)", "published": "2016-07-21",
        "note": "DVIDS page furniture (banner, photo caption, byline) removed; the store cuts the page later, the text ends at the paragraph before",
        "paragraphs": [
            "FORT HOOD, Texas —Troopers from the 3rd Cavalry Regiment participated in a combined arms live-fire exercise July 21 here in preparation for the unit's upcoming deployment to Afghanistan.",
            "The training involved Soldiers using Stryker armored vehicles and a Chinook helicopter to arrive at a village, conduct a rescue and form a hasty defense.",
            "“When you're in the back of a Stryker, there are no windows, so when we come off the ramp, it's unexpected,” said Pvt. Brandon Hickle, an infantryman with 2nd Squadron “Sabre,” 3rd Cavalry Regiment. “You know what your mission is, but you don't know what lies ahead. It's an adrenaline rush.”",
            "“This training is the culminating event for everything we've been working for over the past several months, and it’s the last training exercise we will conduct before we deploy to Afghanistan,” said 2nd Lt. Sam Scherer, a platoon leader with Sabre squadron. “[The training] gets Soldiers ready for deployment because it allows them to feel what it's like to move as a cohesive unit and actually fire their weapons at targets, and use the assets that are available to them.”",
            "Arriving to the unit two months ago, Scherer said the majority of his time with the unit has been spent in the field training with his Soldiers.",
        ],
        "quotes": [
            ("When you're in the back of a Stryker, there are no windows, so when we come off the ramp, it's unexpected", "direct", "said", "Pvt. Brandon Hickle", "Brandon Hickle", "name", "USA"),
            ("You know what your mission is, but you don't know what lies ahead. It's an adrenaline rush.", "direct", "said", "Pvt. Brandon Hickle", "Brandon Hickle", "name", "USA"),
            ("This training is the culminating event for everything we've been working for over the past several months, and it’s the last training exercise we will conduct before we deploy to Afghanistan", "direct", "said", "2nd Lt. Sam Scherer", "Sam Scherer", "name", "USA"),
            ("[The training] gets Soldiers ready for deployment because it allows them to feel what it's like to move as a cohesive unit and actually fire their weapons at targets, and use the assets that are available to them.", "direct", "said", "2nd Lt. Sam Scherer", "Sam Scherer", "name", "USA"),
            ("the majority of his time with the unit has been spent in the field training with his Soldiers", "indirect", "said", "Scherer", "Sam Scherer", "name", "USA"),
        ],
    },
    {
        "id": "usar-article-1858214", "url": "https://www.usar.army.mil/News/News-Display/Article/1858214/drill-sergeants-refine-soldier-skills-become-more-effective-leaders/",
        "source": "U.S. Army Reserve (usar.army.mil)", "published": "2019-05-28",
        "note": "site banner, title and byline removed; the store cuts the page later, the text ends at the paragraph before",
        "paragraphs": [
            "The U.S. Army drill sergeant hat symbolizes excellence, making the wearer of the iconic Brown Round an image to emulate. However, drill sergeants don’t just leave the Drill Sergeant Academy infused with a career’s worth of knowledge. Like every other Soldier in the Army, they must continually train to stay proficient.",
            "So with that goal in mind, U.S. Army Reserve drill sergeants and support staff with 2nd Battalion, 389th Regiment (Basic Combat Training), 3rd Brigade, 98th Training Division (Initial Entry Training), 108th Training Command (Initial Entry Training), gathered together for their annual field training exercise on May 17-19.",
            "However, this was not a standard field training exercise, said Lt. Col. Nathaniel Stobert, the 2nd Battalion Commander. “When we came up with the vision for this, we really wanted to break the mold of going to a field training exercise and doing stand-alone situational training lanes, and then waiting until the next iteration of training. This one was really focused on a battalion mission order, with each company having a piece of that mission, and all that going towards the common battalion mission.”",
        ],
        "quotes": [
            ("this was not a standard field training exercise", "indirect", "said", "Lt. Col. Nathaniel Stobert", "Nathaniel Stobert", "name", "USA"),
            ("When we came up with the vision for this, we really wanted to break the mold of going to a field training exercise and doing stand-alone situational training lanes, and then waiting until the next iteration of training. This one was really focused on a battalion mission order, with each company having a piece of that mission, and all that going towards the common battalion mission.", "direct", "said", "Lt. Col. Nathaniel Stobert", "Nathaniel Stobert", "name", "USA"),
        ],
    },
    {
        "id": "dvids-news-115301", "url": "https://dvidshub.net/news/115301/dog-day-afternoon",
        "source": "U.S. Army, 17th Fires Brigade (DVIDS)", "published": None,
        "note": "the store cuts the page later, the text ends at the paragraph before",
        "paragraphs": [
            "JOINT BASE LEWIS-MCCHORD, Wash. - At 7:59 a.m. the rain was nothing more than a quiet mist born from brooding clouds. Two minutes later it had escalated into a vicious downpour. The squad of soldiers trudging through the weather didn’t appear to notice the change. While their uniforms quickly went from damp to drenched, their faces were stoic, their expressions unmoved.",
            "The squad leader screamed out the positions of some imaginary enemy force, and the soldiers bounded down the street in tactical formation to engage the simulated threat.",
            "He continued to shout out different orders and enemy positions. His squad reacted without hesitation or confusion. A faint smile materialized on the squad leader’s face.",
            "“Good work!” he shouted. “Take a break!”",
            "The squad of soldiers belongs to the Battery B “Bulldogs,” 1st Battalion (155mm Towed), 377th Field Artillery Regiment, 17th Fires Brigade, 7th Infantry Division. Their tactical movement practice was part of a two-day training exercise Sept. 4 and 5, referred to as “The Dog Days,” designed to reinforce their basic soldier skills in a short and stressed period of time.",
            "A tough training day is not unusual in the Army. What was unique about the Bulldogs exercise was its intensity coupled with the time frame given to accomplish the training mission.",
            "Multiple events had to be completed across the span of two days, but still conducted within a 24-hour time period, said 2nd Lt. John Adair, a Fairfax, Va., native, and fire directions officer with Battery B.",
            "The reason for the exercise? The 1-377 FA is scheduled to inactivate in October. While inactivating a battalion is a time-consuming mission that demands attention to detail, the soldiers are not throwing in the towel and calling it quits when it comes to training.",
            "Dog Days was an example of how the unit is committed to keeping soldiers trained and ready for any mission, even during the inactivation process, Adair said.",
        ],
        "quotes": [
            ("Good work!", "direct", "shouted", "he", "squad leader", "pronoun", "USA"),
            ("Take a break!", "direct", "shouted", "he", "squad leader", "pronoun", "USA"),
            ("Multiple events had to be completed across the span of two days, but still conducted within a 24-hour time period", "indirect", "said", "2nd Lt. John Adair", "John Adair", "name", "USA"),
            ("Dog Days was an example of how the unit is committed to keeping soldiers trained and ready for any mission, even during the inactivation process", "indirect", "said", "Adair", "John Adair", "name", "USA"),
        ],
    },
    {
        "id": "defense-story-3470696", "url": "https://www.defense.gov/News/News-Stories/Article/Article/3470696/austin-first-defense-secretary-to-visit-papua-new-guinea/",
        "source": "U.S. Department of Defense (DOD News)", "published": None,
        "note": "site banner, title and photo caption removed; the store cuts the page later, the text ends at the sentence before",
        "paragraphs": [
            "This morning, Secretary of Defense Lloyd J. Austin III departed Washington on a multiday trip to the Indo-Pacific region. The first stop is in Papua New Guinea. He'll be the first U.S. defense secretary to visit the island nation, Deputy Pentagon Press Secretary Sabrina Singh said during a press briefing today.",
            "Following his visit there, Austin will travel farther south to Australia.",
            "\"He will ... join [Secretary of State Antony Blinken] to meet with their counterparts for the 33rd annual Australia/United States ministerial consultations,\" Singh said. \"Then he'll meet with U.S. and Australian service members participating in the largest military exercise between the United States and Australia: Talisman Sabre.\"",
            "According to the Australian defense minister, this year's Talisman Sabre involves 13 nations and more than 30,000 military personnel; it will span about two weeks.",
        ],
        "quotes": [
            ("He'll be the first U.S. defense secretary to visit the island nation", "indirect", "said", "Deputy Pentagon Press Secretary Sabrina Singh", "Sabrina Singh", "name", "USA"),
            ("He will ... join [Secretary of State Antony Blinken] to meet with their counterparts for the 33rd annual Australia/United States ministerial consultations", "direct", "said", "Singh", "Sabrina Singh", "name", "USA"),
            ("Then he'll meet with U.S. and Australian service members participating in the largest military exercise between the United States and Australia: Talisman Sabre.", "direct", "said", "Singh", "Sabrina Singh", "name", "USA"),
            ("this year's Talisman Sabre involves 13 nations and more than 30,000 military personnel; it will span about two weeks", "indirect", "According to", "the Australian defense minister", "Australian defense minister", "nominal", "AUS"),
        ],
    },
    {
        "id": "army-article-24716", "url": "https://www.army.mil/article/24716/Dark_Knights_make_firing_range_a_safe_place/",
        "source": "U.S. Army, 3d Expeditionary Sustainment Command (army.mil)", "published": "2009-07-22",
        "note": "title, byline and photo captions removed; the store cuts the page later, the text ends at the paragraph before",
        "paragraphs": [
            "CONTINGENCY OPERATING BASE Q-WEST, Iraq - Soldiers from the 16th Special Troops Battalion, 16th Sustainment Brigade, qualified on their M16 rifles at Sykes range here June 22-24.",
            "The three-day training event was the last M16 qualification in Iraq before their redeployment to Bamberg, Germany.",
            "The \"Dark Knights\" of Headquarters and Headquarters Company, 16th STB, assumed range responsibilities. Capt. Russell Matusiak, range officer in charge, and Sgt. 1st Class Nancy Fisher, range noncommissioned officer in charge led Soldiers from HHC to help ensure the 16th STB Soldiers qualified on their assigned weapons.",
            "In a three-day period, 78 Soldiers from the battalion qualified, as well as several Soldiers from attached units. Qualification consisted of the new standards of the prone supported, prone unsupported and the kneeling unsupported positions.",
            "\"The elements posed a challenge for many Soldiers\" said Staff Sgt. Natasha Dumig, tower NCO. \"But even with all the gear, new shooting positions, and heat, the Soldiers persevered and qualified.\"",
            "The range began at 4:30 a.m., avoiding the summer Iraqi heat. Each day the temperature reached over one-hundred degrees. Range safeties ensured the Soldiers at the range had shade as well as ice water, sports drinks and snacks to prevent any heat injuries.",
        ],
        "quotes": [
            ("The elements posed a challenge for many Soldiers", "direct", "said", "Staff Sgt. Natasha Dumig", "Natasha Dumig", "name", "USA"),
            ("But even with all the gear, new shooting positions, and heat, the Soldiers persevered and qualified.", "direct", "said", "Staff Sgt. Natasha Dumig", "Natasha Dumig", "name", "USA"),
        ],
    },
    {
        "id": "feedthefuture-20130627", "url": "https://feedthefuture.gov/institutional-sponsor/usaid?page=3",
        "source": "USAID / Feed the Future (feedthefuture.gov)", "published": "2013-06-27",
        "note": "one dated item of a listing page (June 27, 2013); the closing line 'This article originally appeared on the USAID Mission Ethiopia website.' removed",
        "paragraphs": [
            "Addis Ababa—Sileshi Getahun, State Minister of Agriculture, and Dennis Weller, Mission Director of USAID Ethiopia, officially launched the “Land Administration to Nurture Development” (LAND) program today at a national meeting  of land administration officials in Addis Ababa.",
            "The program builds on previous USAID land administration and property rights projects from 2005-2013 and will operate in six regions of Ethiopia, on the federal level, and in collaboration with Ethiopian universities. The program will bolster land administration capacity in the country and will expand land certification for smallholder farmers in Agriculture Growth Program woredas. The new program will also work with pastoral communities on access to grazing land and water and to build resilience in drought-prone areas.",
            "USAID Mission Director Dennis Weller discussed the strategic importance of land management to national development at the event: “Transparent and well-planned administration of land is critical to investments in food production, to equitable growth in the agriculture sector, to conservation of natural resources, and, last but not least, to peace and progress for the vast number of Ethiopian women and men who reside and work in rural areas.”",
            "Under the U.S. President’s Feed the Future initiative, the LAND project is implemented by TetraTech-Associates in Rural Development with local partners including Haramaya and Bahir Dar Universities. It has an estimated value of 11 million USD.",
        ],
        "quotes": [
            ("Transparent and well-planned administration of land is critical to investments in food production, to equitable growth in the agriculture sector, to conservation of natural resources, and, last but not least, to peace and progress for the vast number of Ethiopian women and men who reside and work in rural areas.", "direct", "discussed", "USAID Mission Director Dennis Weller", "Dennis Weller", "name", "USA"),
        ],
    },
    {
        "id": "feedthefuture-20131209", "url": "http://www.feedthefuture.gov/institutional-sponsor/usaid?page=3",
        "source": "USAID / Feed the Future (feedthefuture.gov)", "published": "2013-12-09",
        "note": "one dated item of a listing page (December 9, 2013); the store cuts the item in its next paragraph, the text ends at the paragraph before",
        "paragraphs": [
            "Washington, D.C.—Today, the Governments of Ethiopia, the United States of America, the United Kingdom, and the Federal Republic of Germany, announced a partnership to improve rural land governance for economic growth and to protect the land rights of local citizens in Ethiopia.",
            "This partnership builds on existing programs and represents an important vehicle for increased coordination and collaboration among the Government of Ethiopia and its development partners. The announcement came after representatives of the heads of state from G8 member states gathered in London to mark the handing over of the G8 Presidency from the United Kingdom to Russia.",
            "Ethiopia’s Minister of Agriculture Tefera Derbew said, “The Ministry of Agriculture of the Federal Democratic Republic of Ethiopia welcomes this joint partnership in the context of supporting the implementation of Ethiopia’s Rural Land Administration and Use plan under its policy and strategic frameworks. It will help the country to ensure and sustain its economic development by strengthening rural land governance in view of fostering food security and realising constitutionally recognised rural land related rights of Nations, Nationalities and People of Ethiopia. I hope the current harmonization, coordination and alignment mechanisms of Rural Economic Development and Food Security Working group (RED-FS SWG) and Sustainable Land Management Platforms will serve as an engine to further deepen our joint partnership on rural land.’’",
        ],
        "quotes": [
            ("The Ministry of Agriculture of the Federal Democratic Republic of Ethiopia welcomes this joint partnership in the context of supporting the implementation of Ethiopia’s Rural Land Administration and Use plan under its policy and strategic frameworks. It will help the country to ensure and sustain its economic development by strengthening rural land governance in view of fostering food security and realising constitutionally recognised rural land related rights of Nations, Nationalities and People of Ethiopia. I hope the current harmonization, coordination and alignment mechanisms of Rural Economic Development and Food Security Working group (RED-FS SWG) and Sustainable Land Management Platforms will serve as an engine to further deepen our joint partnership on rural land.", "direct", "said", "Ethiopia’s Minister of Agriculture Tefera Derbew", "Tefera Derbew", "name", "ETH"),
        ],
    },
    {
        "id": "uscg-st-petersburg-5-rescued", "url": "https://coastguardnews.com/coast-guard-good-samaritans-rescue-5-people-near-anclote-indian-rocks-beach/",
        "source": "U.S. Coast Guard news release (as reposted on coastguardnews.com)", "published": None,
        "note": "the store cuts the page in its last paragraph; the text ends at the paragraph before",
        "paragraphs": [
            "ST. PETERSBURG, Fla. — Coast Guard Sector St. Petersburg watchstanders and good Samaritans rescued five people, Saturday, in two separate incidents near Anclote and Indian Rocks Beach.",
            "In the first incident, watchstanders received an urgent call via VHF-FM Channel 16 from a man who could not locate his two friends who were diving off his boat, about seven miles west of Anclote. The watchstanders issued an urgent marine information broadcast and directed the launch of a Station Sand Key small boat crew and an Air Station Clearwater MH-60 Jayhawk helicopter crew. Two separate good Samaritan boat crews responded, located the divers, and brought them aboard their vessels.",
            "In the second incident, St. Petersburg watchstanders received a ‘MAYDAY’ call over VHF-FM Channel 16 and a report from a boater who saw orange distress flares. The watchstanders issued an urgent marine information broadcast and directed the launch of a Station Sand Key small boat crew and an Air Station Clearwater MH-60 Jayhawk helicopter crew.",
            "The good Samaritan who saw the flares responded, and pulled the three people to safety from the capsized vessel, about 22 miles west of Indian Rocks Beach.",
            "“Good Samaritans are incredibly great assets, especially in cases where the Coast Guard or other responders are not in the immediate area,” said Petty Officer 1st Class Brian Haley, Coast Guard Sector St. Petersburg operations unit watchstander. “We are so grateful for the good news of these rescues today and the great work of these outstanding good Samaritans.”",
        ],
        "quotes": [
            ("Good Samaritans are incredibly great assets, especially in cases where the Coast Guard or other responders are not in the immediate area", "direct", "said", "Petty Officer 1st Class Brian Haley", "Brian Haley", "name", "USA"),
            ("We are so grateful for the good news of these rescues today and the great work of these outstanding good Samaritans.", "direct", "said", "Petty Officer 1st Class Brian Haley", "Brian Haley", "name", "USA"),
        ],
    },
    {
        "id": "uscg-sarasota-4-rescued", "url": "https://coastguardnews.com/coast-guard-rescues-4-from-overturned-vessel-off-sarasota-florida/2020/04/05/",
        "source": "U.S. Coast Guard news release (as reposted on coastguardnews.com)", "published": "2020-04-05",
        "paragraphs": [
            "ST. PETERSBURG, Fla. — The Coast Guard rescued four boaters from an overturned 24-foot vessel eight miles off Sarasota, Florida Sunday.",
            "A Coast Guard Station Cortez 45-foot Response Boat-Medium boat crew recovered two men and two women from the sinking vessel and took them to Station Cortez without any medical injuries or concerns.",
            "Coast Guard Sector St. Petersburg watchstanders responded to their mayday call over channel 16 about the vessel taking on water and told them to put on their life jackets. The vessel will be recovered by commercial salvage.",
            "“The Coast Guard remains active in ensuring safety and security on the water,” said Capt. Matt Thompson, Commanding Officer of Sector St. Petersburg. “Having a VHF radio on their vessel to hail the Coast Guard, and life jackets, greatly aided our efforts and improved their chances of being rescued and returned safely to their families.”",
        ],
        "quotes": [
            ("The Coast Guard remains active in ensuring safety and security on the water", "direct", "said", "Capt. Matt Thompson", "Matt Thompson", "name", "USA"),
            ("Having a VHF radio on their vessel to hail the Coast Guard, and life jackets, greatly aided our efforts and improved their chances of being rescued and returned safely to their families.", "direct", "said", "Capt. Matt Thompson", "Matt Thompson", "name", "USA"),
        ],
    },
    {
        "id": "af-477fg-mrs-alaska", "url": "http://military-online.blogspot.com/2013_08_12_archive.html",
        "source": "U.S. Air Force, 477th Fighter Group Public Affairs (story by Capt. Ashley Conner, as reposted on military-online.blogspot.com)", "published": "2013-08-12",
        "note": "blog title, date and byline removed; the store cuts the page in its last paragraph, the text ends at the paragraph before",
        "paragraphs": [
            "Airman 1st Class Jermaine James, 477th Aircraft Maintenance Squadron crew chief, had some assistance launching F-22s from his wife, Mrs. Alaska, Gwynne James here Aug. 8.",
            "\"This was a once in a lifetime experience,\" said Gwynne. \"I am honored to have the opportunity to experience what makes him happy on a daily basis. It makes me happy to see him happy.",
            "Born and raised in Alaska, Gwynne competed in her first pageant in 2012 at 28 years old and took 2nd runner up. She almost didn't compete in this year's competition.",
            "\"Jermaine was not back from his technical training, but when he called home and said he would be getting in the day of the pageant I was excited and thought this would be such a great opportunity for us to get all dressed up and celebrate his return and our marriage,\" said Gwynne. \"Although it is not a requirement for husbands to attend, it was so important to me for him to be present.\"",
            "James, who was born and raised in Jamaica and moved to the U.S. when he was 15 years old, joined the 477th Fighter Group May 2012. The 477th FG, Alaska's only Reserve unit, provided an opportunity for James to serve his country and stay in the state he now calls home.",
            "\"I came to Alaska through the means of the military, it wasn't by choice but now I am so grateful that I was able to and now am able to embrace the last frontier,\" said James.",
            " Being new to an F-22 unit James hadn't had the opportunity to show his wife what he does for a living until today. ",
            "\"It was my first time being around an F-22,\" said Gwynne. \"I was very impressed and gained such a greater respect for what my husband does. He is so meticulous and that is exactly the kind of person who needs to be working on such a great jet...or any jet for that matter.\"",
        ],
        "quotes": [
            ("This was a once in a lifetime experience", "direct", "said", "Gwynne", "Gwynne James", "name", "USA"),
            ("I am honored to have the opportunity to experience what makes him happy on a daily basis. It makes me happy to see him happy.", "direct", "said", "Gwynne", "Gwynne James", "name", "USA"),
            ("Jermaine was not back from his technical training, but when he called home and said he would be getting in the day of the pageant I was excited and thought this would be such a great opportunity for us to get all dressed up and celebrate his return and our marriage", "direct", "said", "Gwynne", "Gwynne James", "name", "USA"),
            ("Although it is not a requirement for husbands to attend, it was so important to me for him to be present.", "direct", "said", "Gwynne", "Gwynne James", "name", "USA"),
            ("I came to Alaska through the means of the military, it wasn't by choice but now I am so grateful that I was able to and now am able to embrace the last frontier", "direct", "said", "James", "Jermaine James", "name", "USA"),
            ("It was my first time being around an F-22", "direct", "said", "Gwynne", "Gwynne James", "name", "USA"),
            ("I was very impressed and gained such a greater respect for what my husband does. He is so meticulous and that is exactly the kind of person who needs to be working on such a great jet...or any jet for that matter.", "direct", "said", "Gwynne", "Gwynne James", "name", "USA"),
        ],
    },
    {
        "id": "army-guardian-east-radio", "url": "https://viewer.joomag.com/guardian-east-december-issue/0433545001386267739/p8",
        "source": "U.S. Army, 4th Public Affairs Detachment (Guardian East magazine, on joomag.com)", "published": None,
        "note": "title and byline removed; page furniture 'PG 8' and the line-break hyphen inside 'tactical' removed; 'con?dence' and 'battle?eld' (lost ligatures) kept as stored",
        "paragraphs": [
            "U.S. troops from Company C, 1st Squadron, 38th Cavalry Regiment conducted radio training at Camp Cabra Oct. 31. “We are practicing training on sending data over high frequency using the radios that we have in the company,” said U.S. Army 1st Lt. Brett Bowdren, signal platoon leader and a native of Charleston, S.C. Bowdren said the training is important because it is an essential part of the soldiers’ mission. “When they’re out on missions and at surveillance sites, [soldiers] will send pictures back through radio waves back to our TOC [tactical operations center], which will help us shape the next part of their mission,” Bowdren said. U.S. Army Pfc. Johani Londono Jr., the instructor for the day’s training and a native of Miami, said the purpose of long range surveillance is being able to go out and pull surveillance and then send important information back to the command. Bowdren said it is important to have junior soldiers conduct training because it shows the knowledge the younger soldiers have and that they can teach someone else. He said Londono did a good job with the class. “We like to train within the team,” Londono said. “Every person should know their job.” Londono said he has full con?dence in his leaders and the knowledge they have passed on to him. “They taught me everything I know about the radios,” he said. The soldiers conduct regular training to maintain mission readiness. As a detachment, Londono said they like to conduct daily training so that everyone is constantly refreshing their memories on any little things that they may have missed. “The radio is the most deadly weapon in the battle?eld and we make sure we know every aspect of it,” Londono said.",
        ],
        "quotes": [
            ("We are practicing training on sending data over high frequency using the radios that we have in the company", "direct", "said", "U.S. Army 1st Lt. Brett Bowdren", "Brett Bowdren", "name", "USA"),
            ("the training is important because it is an essential part of the soldiers’ mission", "indirect", "said", "Bowdren", "Brett Bowdren", "name", "USA"),
            ("When they’re out on missions and at surveillance sites, [soldiers] will send pictures back through radio waves back to our TOC [tactical operations center], which will help us shape the next part of their mission", "direct", "said", "Bowdren", "Brett Bowdren", "name", "USA"),
            ("the purpose of long range surveillance is being able to go out and pull surveillance and then send important information back to the command", "indirect", "said", "U.S. Army Pfc. Johani Londono Jr.", "Johani Londono Jr.", "name", "USA"),
            ("it is important to have junior soldiers conduct training because it shows the knowledge the younger soldiers have and that they can teach someone else", "indirect", "said", "Bowdren", "Brett Bowdren", "name", "USA"),
            ("Londono did a good job with the class", "indirect", "said", "He", "Brett Bowdren", "pronoun", "USA"),
            ("We like to train within the team", "direct", "said", "Londono", "Johani Londono Jr.", "name", "USA"),
            ("Every person should know their job.", "direct", "said", "Londono", "Johani Londono Jr.", "name", "USA"),
            ("he has full con?dence in his leaders and the knowledge they have passed on to him", "indirect", "said", "Londono", "Johani Londono Jr.", "name", "USA"),
            ("They taught me everything I know about the radios", "direct", "said", "he", "Johani Londono Jr.", "pronoun", "USA"),
            ("they like to conduct daily training so that everyone is constantly refreshing their memories on any little things that they may have missed", "indirect", "said", "Londono", "Johani Londono Jr.", "name", "USA"),
            ("The radio is the most deadly weapon in the battle?eld and we make sure we know every aspect of it", "direct", "said", "Londono", "Johani Londono Jr.", "name", "USA"),
        ],
    },
]
