# Source of the sealed quantities test set test2.jsonl (built by ../check_test2.py build).
# Texts: verbatim public-domain US government pages (one paragraph per line); records:
# (span, value, value_high, unit, kind, about, approximate[, {"counted": ..., "after": ...}]).
# A span "A<<>>B" runs from the first A (after the previous record) to the next B.
# normalized_value / normalized_unit are filled in by the build script (guideline table).
# See README-test2.md for the sources, the rules and the decisions.

NHC = "NOAA / National Weather Service, National Hurricane Center"
NWS = "NOAA / National Weather Service"
USGS = "U.S. Geological Survey"
DVIDS = "DoD / Defense Media Activity (DVIDS)"
MPH, KMH, KT = "mile/hour", "kilometer/hour", "knot"


def dash(header):
    return header + " " + "-" * len(header)


GONZALO = " ".join([
    "BULLETIN Tropical Storm Gonzalo Advisory Number 4 NWS National Hurricane Center Miami FL AL072020 1100 AM AST Wed Jul 22 2020 ...GONZALO CONTINUING TO STRENGTHEN... ...EXPECTED TO BECOME A HURRICANE BY THURSDAY...",
    dash("SUMMARY OF 1100 AM AST...1500 UTC...INFORMATION"),
    "LOCATION...9.9N 43.6W ABOUT 1205 MI...1935 KM E OF THE SOUTHERN WINDWARD ISLANDS MAXIMUM SUSTAINED WINDS...50 MPH...85 KM/H PRESENT MOVEMENT...W OR 270 DEGREES AT 14 MPH...22 KM/H MINIMUM CENTRAL PRESSURE...1000 MB...29.53 INCHES",
    dash("WATCHES AND WARNINGS"),
    "There are no coastal watches or warnings in effect. Interests in the Windward Islands should monitor the progress of this system.",
    dash("DISCUSSION AND OUTLOOK"),
    "At 1100 AM AST (1500 UTC), the center of Tropical Storm Gonzalo was located near latitude 9.9 North, longitude 43.6 West. Gonzalo is moving toward the west near 14 mph (22 km/h). A general westward motion at a faster forward speed is expected during the next few days. Maximum sustained winds have increased to near 50 mph (85 km/h) with higher gusts. Additional strengthening is forecast during the next couple of days, and Gonzalo is expected to become a hurricane by Thursday. Gonzalo is a small tropical cyclone, as tropical-storm-force winds extend outward only up to 25 miles (35 km) from the center. The estimated minimum central pressure is 1000 mb (29.53 inches).",
    dash("HAZARDS AFFECTING LAND"),
    "None. Key messages for Gonzalo can be found in the Tropical Cyclone Discussion under AWIPS header MIATCDAT2 and WMO header WTNT42 KNHC.",
    dash("NEXT ADVISORY"),
    "Next complete advisory at 500 PM AST.",
])

LOWELL = "Tropical Storm Lowell Discussion Number 16 NWS National Hurricane Center Miami FL EP172020 500 AM HST Thu Sep 24 2020 Lowell hasn't changed much. Cloud tops associated with the areas of remaining convection east of the lowly tropical storm's center have warmed slightly during the past few hours, but not enough to change satellite intensity estimates. The intensity is therefore held at 40 kt, in line with earlier ASCAT data. Virtually no change was made to any aspect of the NHC forecast. A mid-level ridge to the north of Lowell will likely steer the tropical storm westward for the next day or two. Lowell will move over gradually cooler waters and should weaken in response. A favorable upper-air environment may help the tropical cyclone to maintain its convection for up to 36 hours, but an increase in westerly wind shear should put an end to any remaining organized convection after that. Based on simulated satellite fields, several models forecast that it will become a remnant low even sooner than that. Low-level tradewind flow should take over the steering once the cyclone becomes a shallow remnant low, resulting in a slightly faster, but generally similar westward motion. Both the track and intensity forecasts are nearly identical to the multi-model consensus throughout the forecast period. FORECAST POSITIONS AND MAX WINDS INIT 24/1500Z 21.5N 124.9W 40 KT 45 MPH 12H 25/0000Z 21.7N 126.5W 35 KT 40 MPH 24H 25/1200Z 21.8N 128.7W 35 KT 40 MPH 36H 26/0000Z 21.7N 131.2W 30 KT 35 MPH 48H 26/1200Z 21.5N 133.7W 30 KT 35 MPH...POST-TROP/REMNT LOW 60H 27/0000Z 21.4N 136.5W 25 KT 30 MPH...POST-TROP/REMNT LOW 72H 27/1200Z 21.4N 139.2W 25 KT 30 MPH...POST-TROP/REMNT LOW 96H 28/1200Z 21.5N 144.0W 25 KT 30 MPH...POST-TROP/REMNT LOW 120H 29/1200Z 21.5N 148.0W 20 KT 25 MPH...POST-TROP/REMNT LOW Forecaster Zelinsky"

LOWELL_TABLE = [(40, 45), (35, 40), (35, 40), (30, 35), (30, 35), (25, 30), (25, 30), (25, 30), (20, 25)]
MICHAEL_TABLE = [(55, 65), (65, 75), (70, 80), (75, 85), (75, 85), (75, 85), (70, 80), (65, 75)]


def table(rows, about):
    out = []
    for kt, mph in rows:
        out.append((f"{kt} KT", kt, None, KT, "rate", about, False))
        out.append((f"{mph} MPH", mph, None, MPH, "rate", about, False))
    return out


def doc(id_, source, url, title, published, text, quantities, note=None):
    return {"id": id_, "source": source, "url": url, "title": title, "published": published,
            "text": text, "quantities": quantities, "note": note}


def srn(num, published, text, quantities, note=None, slug="soldiers-radio-news", title="Soldiers Radio News"):
    return doc(f"dvids-audio-{num}", DVIDS, f"https://www.dvidshub.net/audio/{num}/{slug}", title,
               published, text, quantities, note)


def usgs(stamp, published, text, quantities, note=None):
    return doc(f"usgs-alert-{stamp[:10]}", USGS, f"https://water.usgs.gov/alerts/{stamp[:4]}/item_{stamp}.html",
               "USGS water alert", published, text, quantities, note)


C = "count"
PERSON = "person"

DOCS = [
doc("nhc-al132012-public-022", NHC, "https://www.nhc.noaa.gov/archive/2012/al13/al132012.public.022.shtml",
    "Hurricane MICHAEL Advisory Number 22", "2012-09-08", '''
BULLETIN
HURRICANE MICHAEL ADVISORY NUMBER  22
NWS NATIONAL HURRICANE CENTER MIAMI FL       AL132012
1100 AM AST SAT SEP 08 2012
...MICHAEL A LITTLE STRONGER...
SUMMARY OF 1100 AM AST...1500 UTC...INFORMATION
LOCATION...32.6N 42.1W
ABOUT 930 MI...1495 KM WSW OF THE AZORES
MAXIMUM SUSTAINED WINDS...105 MPH...165 KM/H
PRESENT MOVEMENT...NW OR 325 DEGREES AT 5 MPH...7 KM/H
MINIMUM CENTRAL PRESSURE...971 MB...28.67 INCHES
WATCHES AND WARNINGS
THERE ARE NO COASTAL WATCHES OR WARNINGS IN EFFECT.
DISCUSSION AND 48-HOUR OUTLOOK
AT 1100 AM AST...1500 UTC...THE EYE OF HURRICANE MICHAEL WAS LOCATED NEAR LATITUDE 32.6 NORTH...LONGITUDE 42.1 WEST. MICHAEL IS MOVING TOWARD THE NORTHWEST NEAR 5 MPH...7 KM/H...AND THIS GENERAL MOTION WITH A TURN TO THE WEST-NORTHWEST IS EXPECTED BY SUNDAY.
MAXIMUM SUSTAINED WINDS HAVE INCREASED TO NEAR 105 MPH...165 KM/H...WITH HIGHER GUSTS.  MICHAEL IS A CATEGORY TWO HURRICANE ON THE SAFFIR-SIMPSON SCALE.  SOME SLOW WEAKENING IS FORECAST DURING THE NEXT 48 HOURS.
HURRICANE FORCE WINDS EXTEND OUTWARD UP TO 25 MILES...35 KM...FROM THE CENTER...AND TROPICAL STORM FORCE WINDS EXTEND OUTWARD UP TO 70 MILES...110 KM.
THE ESTIMATED MINIMUM CENTRAL PRESSURE IS 971 MB...28.67 INCHES.
HAZARDS AFFECTING LAND
NONE.
NEXT ADVISORY
NEXT COMPLETE ADVISORY...500 PM AST.
FORECASTER BLAKE
''', [
    ("ABOUT 930 MI", 930, None, "mile", "length", "distance of Michael from the Azores", True),
    ("1495 KM", 1495, None, "kilometer", "length", "distance of Michael from the Azores", True),
    ("105 MPH", 105, None, MPH, "rate", "maximum sustained winds", False),
    ("165 KM/H", 165, None, KMH, "rate", "maximum sustained winds", False),
    ("325 DEGREES", 325, None, "degree", "other", "direction of movement", False),
    ("5 MPH", 5, None, MPH, "rate", "present movement", False),
    ("7 KM/H", 7, None, KMH, "rate", "present movement", False),
    ("971 MB", 971, None, "millibar", "other", "minimum central pressure", False),
    ("28.67 INCHES", 28.67, None, "inch_Hg", "other", "minimum central pressure", False),
    ("48-HOUR", 48, None, "hour", "duration", "outlook", False),
    ("NEAR 5 MPH", 5, None, MPH, "rate", "motion toward the northwest", True),
    ("7 KM/H", 7, None, KMH, "rate", "motion toward the northwest", True),
    ("NEAR 105 MPH", 105, None, MPH, "rate", "maximum sustained winds", True),
    ("165 KM/H", 165, None, KMH, "rate", "maximum sustained winds", True),
    ("48 HOURS", 48, None, "hour", "duration", "period of slow weakening", False),
    ("UP TO 25 MILES", 25, None, "mile", "length", "extent of hurricane force winds", True),
    ("35 KM", 35, None, "kilometer", "length", "extent of hurricane force winds", True),
    ("UP TO 70 MILES", 70, None, "mile", "length", "extent of tropical storm force winds", True),
    ("110 KM", 110, None, "kilometer", "length", "extent of tropical storm force winds", True),
    ("971 MB", 971, None, "millibar", "other", "estimated minimum central pressure", True),
    ("28.67 INCHES", 28.67, None, "inch_Hg", "other", "estimated minimum central pressure", True),
], note="NHC text product: transmission header (ZCZC/TTAA00), underline rows and $$/NNNN trailer removed; hard line wraps inside a paragraph joined with spaces. Coordinates, advisory numbers, times and the hurricane category are not quantities."),
doc("nhc-al132012-discus-009", NHC, "http://www.nhc.noaa.gov/archive/2012/al13/al132012.discus.009.shtml",
    "Tropical Storm MICHAEL Special Discussion Number 9", "2012-09-05", '''
TROPICAL STORM MICHAEL SPECIAL DISCUSSION NUMBER   9
NWS NATIONAL HURRICANE CENTER MIAMI FL       AL132012
130 PM AST WED SEP 05 2012
SATELLITE IMAGERY INDICATES THAT MICHAEL HAS BECOME BETTER ORGANIZED DURING THE PAST COUPLE OF HOURS...WITH A EYE FEATURE INDICATED IN MICROWAVE OVERPASSES AND A FORMATIVE EYE IN VISIBLE IMAGERY. BASED ON THE INCREASED ORGANIZATION...THE INITIAL INTENSITY IS RAISED TO 55 KT AND MICHAEL IS NOW FORECAST TO BECOME A HURRICANE WITHIN 12 HOURS. THE INCREASED INITIAL AND FORECAST INTENSITY IS THE BASIS FOR THIS SPECIAL ADVISORY.
MICHAEL HAS BEEN MOVING SLIGHTLY TO THE RIGHT OF THE PREVIOUS ADVISORY.  CONSEQUENTLY...THE 12 AND 24 HOUR FORECAST POSITIONS HAVE BEEN ADJUSTED A LITTLE EASTWARD.  NO ADJUSTMENTS WERE REQUIRED FOR THE REMAINDER OF THE TRACK FORECAST.
FORECAST POSITIONS AND MAX WINDS
INIT  05/1730Z 28.5N  42.9W   55 KT  65 MPH
12H  06/0000Z 29.0N  42.3W   65 KT  75 MPH
24H  06/1200Z 29.7N  42.0W   70 KT  80 MPH
36H  07/0000Z 30.3N  42.3W   75 KT  85 MPH
48H  07/1200Z 31.0N  42.9W   75 KT  85 MPH
72H  08/1200Z 32.1N  44.2W   75 KT  85 MPH
96H  09/1200Z 33.3N  45.2W   70 KT  80 MPH
120H  10/1200Z 34.7N  46.3W   65 KT  75 MPH
FORECASTER ROBERTS
''', [
    ("COUPLE OF HOURS", 2, None, "hour", "duration", "period of better organization", True),
    ("55 KT", 55, None, KT, "rate", "initial intensity", False),
    ("WITHIN 12 HOURS", 12, None, "hour", "duration", "time to become a hurricane", True),
    ("12", 12, None, "hour", "duration", "forecast positions", False, {"after": "CONSEQUENTLY...THE "}),
    ("24 HOUR", 24, None, "hour", "duration", "forecast positions", False),
] + table(MICHAEL_TABLE, "forecast maximum winds"),
    note="Forecast-hour labels (12H, 24H ...) mark points in time and are not annotated; '12 AND 24 HOUR' is a list with a shared unit, two quantities."),
doc("nhc-al072020-public-004", NHC, "https://ftp.nhc.noaa.gov/atcf/archive/MESSAGES/2020/pub/al072020.public.004",
    "Tropical Storm Gonzalo Advisory Number 4", "2020-07-22", GONZALO, [
    ("ABOUT 1205 MI", 1205, None, "mile", "length", "distance of Gonzalo from the southern Windward Islands", True),
    ("1935 KM", 1935, None, "kilometer", "length", "distance of Gonzalo from the southern Windward Islands", True),
    ("50 MPH", 50, None, MPH, "rate", "maximum sustained winds", False),
    ("85 KM/H", 85, None, KMH, "rate", "maximum sustained winds", False),
    ("270 DEGREES", 270, None, "degree", "other", "direction of movement", False),
    ("14 MPH", 14, None, MPH, "rate", "present movement", False),
    ("22 KM/H", 22, None, KMH, "rate", "present movement", False),
    ("1000 MB", 1000, None, "millibar", "other", "minimum central pressure", False),
    ("29.53 INCHES", 29.53, None, "inch_Hg", "other", "minimum central pressure", False),
    ("near 14 mph", 14, None, MPH, "rate", "motion toward the west", True),
    ("22 km/h", 22, None, KMH, "rate", "motion toward the west", True),
    ("near 50 mph", 50, None, MPH, "rate", "maximum sustained winds", True),
    ("85 km/h", 85, None, KMH, "rate", "maximum sustained winds", True),
    ("couple of days", 2, None, "day", "duration", "period of additional strengthening", True),
    ("up to 25 miles", 25, None, "mile", "length", "extent of tropical-storm-force winds", True),
    ("35 km", 35, None, "kilometer", "length", "extent of tropical-storm-force winds", True),
    ("1000 mb", 1000, None, "millibar", "other", "estimated minimum central pressure", True),
    ("29.53 inches", 29.53, None, "inch_Hg", "other", "estimated minimum central pressure", True),
], note="The stored product has its line breaks collapsed to spaces (kept as stored); transmission header and $$/Forecaster/NNNN trailer removed. 'the next few days' has no number and is not annotated."),
doc("nhc-ep172020-discus-016", NHC, "https://ftp.nhc.noaa.gov/atcf/archive/2020/messages/ep172020.discus.016.09241434",
    "Tropical Storm Lowell Discussion Number 16", "2020-09-24", LOWELL, [
    ("40 kt", 40, None, KT, "rate", "intensity of Lowell", False),
    ("day or two", 1, 2, "day", "duration", "westward steering by the ridge", True),
    ("up to 36 hours", 36, None, "hour", "duration", "time convection may be maintained", True),
] + table(LOWELL_TABLE, "forecast maximum winds"),
    note="Stored with line breaks collapsed to spaces (kept as stored); ZCZC header and $$/NNNN removed. 'the past few hours' has no number."),
doc("nws-lmk-03022012", NWS, "https://www.weather.gov/lmk/03022012_Simpson_Warren",
    "Straight Line Wind Damage and EF-1 Tornado, Simpson and Warren Counties", "2012-03-02", '''
Straight Line Wind Damage
Begin Time: 4:48 PM EST
End Time: 5:05 PM EST
Begin Point: 4 NNW Franklin
End Point: 2 SE Alvaton
Wind Speed: 80-90 mph
Injuries: 0
Fatalities: 0
EF-1 Tornado
Begin Time: 5:06 PM EST
End Time: 5:07 PM EST
Begin Point: 2 E Alvaton
End Point: 2.5 E Alvaton
EF Scale: EF-1
Wind Speed: 95 mph
Path Length: 0.5 miles
Path Width: 60 yards
Injuries: 0
Fatalities: 0
Straight line winds along and north of the supercell moving through Simpson County uprooted shallow-rooted hardwood and softwood trees and destroyed a tool shed on Evans Rd. As it moved into Warren County, it damaged barn roofs and produced golf ball size hail which penetrated siding on numerous vinyl sided houses. As it reached 961 east of Alvaton in Warren County, it spawned an EF1 tornado with winds estimated at 95 mph destroying a barn and tool shed.
Simpson County Photos from NWS Storm Survey Team:
Warren County Photos from NWS Storm Survey Team:
''', [
    ("80-90 mph", 80, 90, MPH, "rate", "straight line wind speed", False),
    ("0", 0, None, PERSON, "count", "injuries", False, {"after": "Injuries: "}),
    ("0", 0, None, PERSON, "count", "fatalities", False, {"after": "Fatalities: "}),
    ("95 mph", 95, None, MPH, "rate", "tornado wind speed", False),
    ("0.5 miles", 0.5, None, "mile", "length", "tornado path length", False),
    ("60 yards", 60, None, "yard", "length", "tornado path width", False),
    ("0", 0, None, PERSON, "count", "tornado injuries", False, {"after": "Path Width: 60 yards\nInjuries: "}),
    ("0", 0, None, PERSON, "count", "tornado fatalities", False, {"after": "yards\nInjuries: 0\nFatalities: "}),
    ("95 mph", 95, None, MPH, "rate", "estimated tornado winds", True),
], note="Site-wide hazard banner removed. NWS location notation ('4 NNW Franklin') and the route number 961 are places, not quantities; EF ratings are scale classes."),
doc("nws-fsd-20140618", NWS, "https://preview.weather.gov/fsd/20140618-tornado-wessingtonsprings",
    "Wessington Springs tornado, June 18, 2014", "2014-06-18", '''
Wednesday evening, strong supercell thunderstorms moved through portions of north central South Dakota.  These tornadic storms directly impacted the city of Wessington Springs, SD.  Here are the results of a preliminary damage survey for the city.
Rating: EF-2
Peak wind: 135 mph
Path length: 2.26 miles
Path Width:  200 yards
Fatalities: none
Injuries: none
The Enhanced Fujita scale classifies tornadoes into the following categories.
Ef0...Weak......65 to 85 mph
Ef1...Weak......86 to 110 mph
Ef2...Strong....111 to 135 mph
Ef3...Strong....136 to 165 mph
Ef4...Violent...166 to 200 mph
Ef5...Violent...>200 mph*
''', [
    ("135 mph", 135, None, MPH, "rate", "peak wind", False),
    ("2.26 miles", 2.26, None, "mile", "length", "path length", False),
    ("200 yards", 200, None, "yard", "length", "path width", False),
    ("65 to 85 mph", 65, 85, MPH, "rate", "EF0 wind speed", False),
    ("86 to 110 mph", 86, 110, MPH, "rate", "EF1 wind speed", False),
    ("111 to 135 mph", 111, 135, MPH, "rate", "EF2 wind speed", False),
    ("136 to 165 mph", 136, 165, MPH, "rate", "EF3 wind speed", False),
    ("166 to 200 mph", 166, 200, MPH, "rate", "EF4 wind speed", False),
    (">200 mph", 200, None, MPH, "rate", "EF5 wind speed", True),
], note="Site-wide hazard banner removed. 'none' is not annotated as a number; '>200' is 'more than 200' (approximate)."),
doc("nws-lmk-pcpn1223-242017", NWS, "https://www.weather.gov/lmk/pcpn1223-242017",
    "Rainfall, December 23-24, 2017", "2017-12-24", '''
A winter storm system gave the area a needed dose of rain. The highest amounts were in south central Kentucky where between two to four inches of rain fell over the two day period.
''', [
    ("between two to four inches", 2, 4, "inch", "length", "rain in south central Kentucky", False),
    ("two day", 2, None, "day", "duration", "period of rain", False),
]),
doc("nws-ama-two-overnight-tornadoes", NWS, "https://www.weather.gov/ama/TwoOvernightTornadoesConfirmed",
    "Two Overnight Tornadoes Confirmed", None, '''
Overview
Two overnight tornadoes that occurred during the early morning hours Wednesday have been confirmed. A relatively rare meteorological setup provided an environment favorable for overnight tornadoes in the strongest storms. One particular supercell moved from Armstrong County through Donley County and into Gray County spawning these two EF1 tornadoes and dropping tennis ball sized hail in western Donley County.
Goodnight 4 ENE Tornado
Lake McClellan Tornado
The Enhanced Fujita (EF) Scale classifies tornadoes into the following categories:
EF0 Weak 65-85 mph
EF1 Moderate 86-110 mph
EF2 Significant 111-135 mph
EF3 Severe 136-165 mph
EF4 Extreme 166-200 mph
EF5 Catastrophic 200+ mph
''', [
    ("Two overnight tornadoes", 2, None, C, "count", "overnight tornadoes confirmed", False, {"counted": "tornadoes"}),
    ("two", 2, None, C, "count", "EF1 tornadoes", False, {"counted": "tornadoes"}),
    ("65-85 mph", 65, 85, MPH, "rate", "EF0 wind speed", False),
    ("86-110 mph", 86, 110, MPH, "rate", "EF1 wind speed", False),
    ("111-135 mph", 111, 135, MPH, "rate", "EF2 wind speed", False),
    ("136-165 mph", 136, 165, MPH, "rate", "EF3 wind speed", False),
    ("166-200 mph", 166, 200, MPH, "rate", "EF4 wind speed", False),
    ("200+ mph", 200, None, MPH, "rate", "EF5 wind speed", True),
], note="Site-wide hazard banner, empty table cells, 'Track Map' image links and the media-use footer removed; the page gives no date. 'One particular supercell' is a determiner use, not a count; '4 ENE' is part of a place name."),
doc("nws-sgf-events-2013apr17", NWS, "http://www.weather.gov/sgf/events_2013apr17",
    "April 17-18, 2013 heavy rain and flooding", "2013-04-18", '''
A slow moving storm system brought heavy rainfall, flooding and localized severe weather to the region Wednesday April 17 into Thursday April 18th.  The brunt of the flooding and severe weather occurred late Wednesday night into Thursday morning.
Storm total rainfall amounts generally ranged from 1 to 2 inches with locally higher amounts of 3 to 4 inches. This excessive rainfall resulted in flash flooding of streams and low water crossings along with main stem river flooding
''', [
    ("1 to 2 inches", 1, 2, "inch", "length", "storm total rainfall", False),
    ("3 to 4 inches", 3, 4, "inch", "length", "locally higher rainfall amounts", False),
], note="Banner and the 'Total Rainfall' map caption removed."),
doc("nws-mrx-spotter-reports", NWS, "http://weather.gov/mrx/SpotterReports",
    "Spotter Reports", None, '''
You may also view recent 24-hour local storm reports that have been issued by the NWS.
Tornado
Tornado: A violently rotating column of air extending from a thunderstorm cloud to the ground. The Enhanced Fujita Tornado Intensity Scale is used to categorize tornadoes
Funnel Cloud: A condensation funnel extending from the base of a towering cumulus or cumulonimbus, associated with a rotating column of air that is not in contact with the ground (and hence different from a tornado). A condensation funnel is a tornado, not a funnel cloud, if either a) it is in contact with the ground or b) a debris cloud or dust whirl is visible beneath it.
Wind Damage:
What kind of damage did the wind cause?
Hail:
What size hail did you see?
Flooding:
What kind of flooding was observed?
Heavy Rain:
Snow:
Freezing Rain/Icing:
Strong Winds:
We are generally interested in wind speeds of 40-50 mph or higher. Here is some info on how to estimate wind speeds:
39-54 mph: Twigs break off trees; wind generally impedes progress.
55-72 mph: Damage to chimneys and TV antennas; pushes over shallow rooted trees.
73-112 mph: Peels surfaces off roofs; windows broken; light mobile homes pushed or overturned; moving cars pushed off road.
Dense Fog:
We are mainly interested in visibility reports of a half mile or less.
''', [
    ("24-hour", 24, None, "hour", "duration", "local storm reports", False),
    ("40-50 mph or higher", 40, 50, MPH, "rate", "wind speeds of interest", True),
    ("39-54 mph", 39, 54, MPH, "rate", "wind speed at which twigs break off trees", False),
    ("55-72 mph", 55, 72, MPH, "rate", "wind speed damaging chimneys", False),
    ("73-112 mph", 73, 112, MPH, "rate", "wind speed peeling roofs", False),
    ("a half mile or less", 0.5, None, "mile", "length", "visibility in dense fog", True),
], note="An NWS public information page (spotter guidance), not a news story; site banner removed."),
usgs("2016-10-06_19:17:46", "2016-10-06", '''
Date: Thu, 06 Oct 2016 19:17:46 EDT
Summary: Regional rain event causes moderate flooding in the Milk River basin of northeastern Montana.
The Milk River and tributaries continue to experience minor to moderate flooding resulting from a regional rainfall event. The National Weather Service (NWS) reported 5 to 9 inches of rain over the forecast area beginning Saturday, October 1, of which 2 to 6 inches fell in a 24-hour period Tuesday through Wednesday. These recent rains followed a water year that was the 3rd wettest on record for the region according to the NWS.
Estimated annual exceedance probabilities at USGS streamgages for instantaneous peak-flows to date range from about 0.20 to 0.04. Period of record for the streamgages range from 18 to 72 years. Peak-flows will not reach the downstream streamgages until early next week.
No streamgages have been damaged to date.
Three USGS crews are measuring streamflows to verify ratings and define shifts. Two crews will continue to measure into early next week as flood waters move downstream.
USGS staff are providing measurement and shift information to NWS staff in the Missouri River Basin River Forecast Center and NWS staff in the Glasgow Weather Forecast Office. Center social media accounts are being used to disseminate information.
''', [
    ("5 to 9 inches", 5, 9, "inch", "length", "rain over the forecast area", False),
    ("2 to 6 inches", 2, 6, "inch", "length", "rain in a 24-hour period", False),
    ("24-hour", 24, None, "hour", "duration", "period of heaviest rain", False),
    ("about 0.20 to 0.04", 0.04, 0.2, "fraction", "percent", "annual exceedance probabilities of peak-flows", True),
    ("18 to 72 years", 18, 72, "year", "duration", "period of record for the streamgages", False),
    ("Three", 3, None, C, "count", "USGS crews measuring streamflows", False, {"counted": "crews"}),
    ("Two crews", 2, None, C, "count", "crews measuring into next week", False, {"counted": "crews"}),
], note="Server error line and the map link label removed. '3rd wettest' is an ordinal; 'No streamgages' is not a number. The probability range is written high-to-low; value = lower bound."),
usgs("2018-02-22_16:58:05", "2018-02-22", '''
Date: Thu, 22 Feb 2018 16:58:05 EST
Summary: Minor Flooding in North Texas
Over the past 36 hours, the northern part of Texas has received widespread rainfall with total accumulations ranging from 2 to 6 inches. This has resulted in a few sites in the Sulphur and Cypress River Basins reaching minor to moderate flood stages, as defined by NWS.
Three crews (of 2) have been out measuring discharges at sites in the effected areas since Tuesday. No peaks of record have been recorded and no gages have been damaged.
''', [
    ("36 hours", 36, None, "hour", "duration", "period of widespread rainfall", False),
    ("2 to 6 inches", 2, 6, "inch", "length", "total rainfall accumulations", False),
    ("Three crews", 3, None, C, "count", "crews measuring discharges", False, {"counted": "crews"}),
    ("2", 2, None, PERSON, "count", "members per crew", False),
], note="Site header removed."),
usgs("2016-04-18_12:13:31", "2016-04-18", '''
Date: Mon, 18 Apr 2016 12:13:31 EDT
Summary: Overnight rainfall amounts up to 14 inches are causing significant flooding in southeast Texas.
Over the past 12-14 hours, southeast Texas, including the Houston metropolitan area, has received 10 to 14 inches of rainfall, with an additional 2 to 6 inches possible throughout the day. This has led to the National Weather Service to declare a Flash Flood Emergency for the effected areas. All streams in the area are experiencing significant flooding, including Brays Bayou, Sims Bayou, Greens Bayou, Whiteoak Bayou, Cypress Creek, Spring Creek.
Currently, only 1 streamflow gage is not reporting due to high flow. At least 3 gages have had ratings extended and may need indirect discharge measurements.
Across the central and northern parts of the state, rainfall amounts of 1 to 4 inches are common, causing additional flooding concerns. The Trinity, Brazos, and Colorado River basins are being monitored closely by emergency management personnel as tributary runoff reaches these major rivers.
7 crews are out making discharge measurements and visiting gages. Additional gages will be visited later today or tomorrow to flag high-water marks in anticipation of indirect discharge measurements.
USGS staff are coordinating with local emergency management, local, state, and federal cooperators, and the National Weather Service.
''', [
    ("up to 14 inches", 14, None, "inch", "length", "overnight rainfall amounts", True),
    ("12-14 hours", 12, 14, "hour", "duration", "period of rainfall", False),
    ("10 to 14 inches", 10, 14, "inch", "length", "rainfall in southeast Texas", False),
    ("2 to 6 inches", 2, 6, "inch", "length", "additional rainfall possible", False),
    ("1 streamflow gage", 1, None, C, "count", "gages not reporting", False, {"counted": "streamflow gages"}),
    ("At least 3 gages", 3, None, C, "count", "gages with ratings extended", True, {"counted": "gages"}),
    ("1 to 4 inches", 1, 4, "inch", "length", "rainfall in central and northern Texas", False),
    ("7 crews", 7, None, C, "count", "crews making discharge measurements", False, {"counted": "crews"}),
], note="Server error line removed."),
usgs("2013-05-28_09:35:21", "2013-05-28", '''
Date: Tue, 28 May 2013 09:35:21 EDT
Summary: USGS Crews from the Iowa Water Science Center respond to flooding throughout Iowa – May 28, 2013.
Flood watches and warning remain in effect for most of Iowa. Widespread precipitation amounts of more than 4 inches have fallen in most of Iowa since Saturday, with some areas getting up to 8 inches (http://water.weather.gov/precip/). Rain is forecasted for several more days with three to six inches additional precipitation expected (http://www.desmoinesregister.com/). 25 USGS streamgages in Iowa are currently above the National Weather Service (NWS) flood stage (http://waterwatch.usgs.gov/new/index.php?id=ww_flood). Two long-term streamgages (more than 40 years of record) observed peak-of-record streamflows: 05453000 Big Bear Creek near Ladora, IA and 06600100 Floyd River at Alton, IA. Seven streamgages were visited by USGS crews to make discharge measurements since Saturday in response to the flooding. Three stage-discharge ratings have been extended based on the new flood measurements. Seven USGS crews (a total of 13 staff members) from all three of the Iowa Water Science Center field offices are deployed statewide today to make discharge measurements and ensure streamgages are functioning properly. Frequent communication is being made with the NWS and U.S. Army Corps of Engineers regarding new flood information.
Many rivers continue to rise in response to recent rain events. More information regarding current stage and streamflow are available on the USGS Real-time streamflow page at: http://waterdata.usgs.gov/ia/nwis/rt.
''', [
    ("more than 4 inches", 4, None, "inch", "length", "widespread precipitation in Iowa", True),
    ("up to 8 inches", 8, None, "inch", "length", "precipitation in some areas", True),
    ("three to six inches", 3, 6, "inch", "length", "additional precipitation expected", False),
    ("25", 25, None, C, "count", "streamgages above flood stage", False, {"counted": "streamgages"}),
    ("Two", 2, None, C, "count", "long-term streamgages with peak-of-record streamflows", False, {"counted": "streamgages"}),
    ("more than 40 years", 40, None, "year", "duration", "record of the long-term streamgages", True),
    ("Seven streamgages", 7, None, C, "count", "streamgages visited by crews", False, {"counted": "streamgages"}),
    ("Three", 3, None, C, "count", "stage-discharge ratings extended", False, {"counted": "stage-discharge ratings"}),
    ("Seven", 7, None, C, "count", "USGS crews deployed", False, {"counted": "crews"}),
    ("13 staff members", 13, None, PERSON, "count", "staff deployed", False),
    ("three", 3, None, C, "count", "field offices", False, {"counted": "field offices"}),
], note="Link labels and region metadata at the end removed. Streamgage numbers (05453000) are identifiers. 'several more days' has no number."),
usgs("2018-10-18_11:12:11", "2018-10-18", '''
Date: Thu, 18 Oct 2018 11:12:11 EDT
Summary: USGS CFWSC staff respond to Hurricane Michael Storm Surge and flooding
USGS CFWSC staff (37 hydrographers) are in the field today flagging and surveying high water marks along the Gulf coast as a result of Hurricane Michael. Minor flooding is still occurring at 1 station, and near flooding is occurring at 6 stations in the affected area. USGS crews (4 hydrographers) are making 2 discharge measurement for today.
Fifty-two storm-tide and barometric pressure sensors have been recovered, and 458 high water marks have been flagged. Two storm-tide sensors and 1 barometric sensor were destroyed in the storm surge. One stream-gage was also destroyed. 17 discharge measurements have been made.
Data is currently being updated into the USGS Flood Event Viewer.
https://stn.wim.usgs.gov/FEV/#Michael2018
''', [
    ("37 hydrographers", 37, None, PERSON, "count", "USGS CFWSC staff in the field", False),
    ("1 station", 1, None, C, "count", "stations with minor flooding", False, {"counted": "stations"}),
    ("6 stations", 6, None, C, "count", "stations with near flooding", False, {"counted": "stations"}),
    ("4 hydrographers", 4, None, PERSON, "count", "USGS crews", False),
    ("2 discharge measurement", 2, None, C, "count", "discharge measurements today", False, {"counted": "discharge measurements"}),
    ("Fifty-two", 52, None, C, "count", "storm-tide and barometric pressure sensors recovered", False, {"counted": "sensors"}),
    ("458 high water marks", 458, None, C, "count", "high water marks flagged", False, {"counted": "high water marks"}),
    ("Two storm-tide sensors", 2, None, C, "count", "storm-tide sensors destroyed", False, {"counted": "storm-tide sensors"}),
    ("1", 1, None, C, "count", "barometric sensor destroyed", False, {"counted": "barometric sensors", "after": "Two storm-tide sensors and "}),
    ("One stream-gage", 1, None, C, "count", "stream-gage destroyed", False, {"counted": "stream-gages"}),
    ("17 discharge measurements", 17, None, C, "count", "discharge measurements made", False, {"counted": "discharge measurements"}),
]),
doc("dvids-news-436389", "U.S. Coast Guard (DVIDS)", "https://www.dvidshub.net/news/436389/coast-guard-partners-respond-reports-oil-sheen-off-california",
    "Coast Guard, partners respond to reports of oil sheen off California", "2023-01-07", '''
SANTA BARBARA, Calif. — U.S Coast Guard pollution responders are coordinating with partners in response to an oil sheen reported off Summerland Beach, Friday.
The estimated 1 and a half to 2-mile-long sheen is reported to be 5 nautical-miles off Santa Barbara. The sheen's cause is unknown at this time.
At 2:34 p.m., Friday, watchstanders from U.S. Coast Guard Marine Safety Detachment Santa Barbara were notified by the California Governor's Office of Emergency Services of a possible oil sheen in the water.
The partner agencies informed the National Response Center of the incident and planned further actions.
A U.S. Coast Guard Air Station San Francisco MH-65 Dolphin helicopter flight crew conducted an overflight of an oil sheen off Summerland Beach, Saturday.
The California Department of Fish and Wildlife has reported that there are no reports of wildlife being harmed at this time.
''', [
    ("estimated 1 and a half to 2-mile-long", 1.5, 2, "mile", "length", "length of the oil sheen", True),
    ("5 nautical-miles", 5, None, "nautical_mile", "length", "distance of the sheen off Santa Barbara", False),
], note="Site banner, photo caption, dateline block and byline removed. Also in the quotes set."),
srn(47447, "2017-04-07", '''
I'm Lance Corporal Bryce Hodges with your Marine Minute.
U.S forces launched a cruise-missile strike on a Syrian military airfield on the evening of April 6th. The strike comes as a necessary retaliation for a chemical weapons attack earlier this week that killed more than 80 civilians. Several hundred artillery Marines deployed into Syria in March to support the fight against ISIS.
Also in the Corps,
Lockheed Martin received Pentagon approval April 4th to begin production of 200 new heavy-cargo helicopters for the Marine Corps. The CH-53K King Stallion can lift 36-thousand pounds and would replace the CH-53E Super Stallion. Lieutenant Colonel Johnathan Morel, Government Chief Test Pilot, says:
SB1:
"Now we'll have the world's most advanced helicopter with the world's best trained Marines and so whenever a mission needs to get done you'll have confidence knowing that the best of the best are going to be the ones doing that."
The first four helicopters are scheduled for delivery next year.
That's it for your Marine Minute, for more news around the Marine Corps go to Marines.mil.
''', [
    ("more than 80 civilians", 80, None, PERSON, "count", "civilians killed in the chemical weapons attack", True),
    ("Several hundred", 300, None, PERSON, "count", "artillery Marines deployed into Syria", True),
    ("200", 200, None, C, "count", "heavy-cargo helicopters to be produced", False, {"counted": "helicopters"}),
    ("36-thousand pounds", 36000, None, "pound", "mass", "lift capacity of the CH-53K", False),
    ("four helicopters", 4, None, C, "count", "first helicopters scheduled for delivery", False, {"counted": "helicopters"}),
], slug="marine-minute", title="Marine Minute", note="Also in the quotes set. Model names (CH-53K) are not quantities."),
srn(52528, "2018-06-13", '''
I'm Corporal Troy Saunders with your Marine Minute.
Marines with 2nd Marine Division wrapped up a live-fire exercise at Camp Lejeune, North Carolina, June 6th. This type of training gives Marines an opportunity to increase their proficiency in executing effective fire support missions in the future. 2nd Lt. Matt Robinson, 3/6 Marines weapons platoon commander, spoke about the importance of the exercise.
SB:
"We've done it in computer simulations, but this is the first time where if you don't get that mission out on time that rotary wing is gonna be out of gas and back on station, but the stakes are up and they're higher and so if you don't execute in a timely manner you've basically wasted your opportunity and there's not really a redo. This week was very beneficial in terms of that. We're definitely a closer unit and so we are better because we know each other better and we can work much more efficient.
On this day in Marine Corps history in 1991,
Marines from Okinawa and Marine Barracks Subic Bay, in the Philippines, evacuated 20,000 Americans after the volcanic Mount Pinatubo erupted in the Philippines.
That's it for your Marine Minute, for more news around the Corps go to Marines.mil.
''', [
    ("20,000 Americans", 20000, None, PERSON, "count", "Americans evacuated after Mount Pinatubo erupted", False),
], slug="marine-minute", title="Marine Minute", note="Also in the quotes set. '3/6 Marines' is a unit name."),
srn(49809, "2017-10-18", '''
I'm Lance Cpl. Troy Saunders with your Marine Minute.
Marines and Sailors kicked off Exercise Bold Alligator 17 on October 18th at Marine Corps Base Camp Lejeune, North Carolina. Bold Alligator is a two-week, events-driven exercise, which provides the Marine Corps and Navy tactical-level training for amphibious operations and maritime power projection.
Also in the news,
The Marine Corps acquired land from the Sansavilla Wildlife Management area on October 16th. The acquistion is part of the DOD's Enviromental Protection Integration program and will allow Marine pilots from Marine Corps Air Stations Beaufort and Cherry Point a critical buffer at the Townsend Bombing Range in McIntosh County, Georgia. Col. Timothy Miller, Commanding Officer for Marine Corps Air Station Beaufort, talked about the importance of the acquistion for the Corps:
SB(0:07:25): "This is a great initative for the Marine Corps because as part of that readiness I have a responsibility to my squadrons to give them a range to train on."
That's it for your Marine Minute, for more news around the Marine Corps go to Marines.mil.
''', [
    ("two-week", 2, None, "week", "duration", "Exercise Bold Alligator 17", False),
], slug="marine-minute", title="Marine Minute", note="Also in the quotes set. The sound-bite time code SB(0:07:25) is not a quantity."),
srn(47126, "2017-03-10", '''
I'm Private First Class Troy Saunders with your Marine Minute.
A former Marine, Richard V. Spencer, is the top pick for the highest civilian job leading the U.S. Navy and Marine Corps as the next Secretary of the Navy, according to sources close to the Department of Defense. The former Captain served 5 years as an aviator in the Corps, and is currently serving as an executive adviser to the chief of naval operations.
Also in the news,
Marines with 2nd Tank Battalion, 2nd Marine Division conducted a semiannual gunnery qualification at Marine Corps Base Camp Lejeune, North Carolina, March 8th. The tank crews are evaluated on their proficiency in their jobs and combat engagements in regards to the M1-A1 Abrams tank.
Also happening in the Corps
Marines with the 15th Marine Expeditionary Unit Maritime Raid Force kicked-off Realistic Urban Terrain training at Twentynine Palms, California, March 6th. The Realistic-Urban-Training is a land-based exercise that provides an opportunity to rapidly integrate unique skills and develop the MEU’s collective proficiency in challenging and unfamiliar environments.
That's it for your Marine Minute, for more news around the Marine Corps go to Marines-dot-mil.
''', [
    ("5 years", 5, None, "year", "duration", "Spencer's service as an aviator", False),
], slug="marine-minute", title="Marine Minute", note="Also in the quotes set. 'Twentynine Palms' is a place name."),
srn(47213, "2017-03", '''
SRN031717B- Operation Inherent Resolve operations continue in Syria and Army Bands reach out to American youth
SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS.
COLONEL JOHN DORRIAN THE OPERATION INHERENT RESOLVE SPOKESMAN ADDRESSED REPORTERS FROM BAGHDAD IRAQ TO DISCUSS OUR ONGOING EFFORTS IN SYRIA.
"THE COALITION HAS CONDUCTED AIRSTRIKES WHICH HAVE DESTROYED MORE THAN 130 ENEMY ARMORED AND SOFT SKINNED VEHICLES 57 VEHICLE BORN IMPROVISED EXPLOSIVE DEVICES AND MORE THAN 450 ENEMY FIGHTING POSITIONS ENABLING THE MOMENTUM OF THE CAMPAIGN TO CONTINUE.”
THE ARMY HAS FOUND A GREAT WAY TO REACH OUT WITH AMERICAS YOUTH, BY USING THE POWER OF MUSIC. 56TH ARMY BAND COMMANDER CW4 RUSSELL HOUSER, TALKS ABOUT THE NEW OUTREACH INITIATIVE.
"WE HOPE TO POSITIVELY ETCH IN PEOPLES MIND AN IMAGE OF SOLDIERS CONNECTED TO THE EMOTION THAT WE CAN BRING THROUGH OUR UNIQUE SKILL OF SOUND.”
CHECK OUT OUR LATEST EPISODE OF “SITREP" ABOUT COMMON MISTAKES ON THE N-C-O-E-R, NOW LIVE ON THE U-S ARMY YOUTUBE CHANNEL. THANKS FOR LISTENING TO YOUR SOLDIERS RADIO NEWS.
''', [
    ("MORE THAN 130", 130, None, C, "count", "enemy vehicles destroyed by airstrikes", True, {"counted": "vehicles"}),
    ("57 VEHICLE BORN IMPROVISED EXPLOSIVE DEVICES", 57, None, C, "count", "vehicle-borne IEDs destroyed", False, {"counted": "vehicle born improvised explosive devices"}),
    ("MORE THAN 450", 450, None, C, "count", "enemy fighting positions destroyed", True, {"counted": "fighting positions"}),
], note="Also in the quotes set. '56TH' is an ordinal and 'CW4' a rank."),
srn(46114, "2016-12", '''
SRN122716B- General Mark Milley reminds us to remember those deployed this Holiday Season and Army Divers make waterways safer.
SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS
CHIEF OF STAFF OF THE ARMY GENERAL MARK MILLEY SENDS A HOLIDAY REMINDER FROM BAGRAM AIRFIELD AFGHANISTAN
"RIGHT NOW THE UNITED STATES ARMY HAS ABOUT 180,ONE HUNDRED AND 90 THOUSAND SOLDIERS DEPLOYED IN 140 COUNTRIES AND THEY’RE DEFENDING OUR FREEDOM AND LIBERTIES ALL OVER THE WORLD FOR ALL 300 MILLION AMERICANS AND WERE SO PROUD OF EVERY ONE OF THEM AND DURING THIS HOLIDAY SEASON I WOULD JUST ASK THAT ALL AMERICANS KEEP ALL SOLDIERS ON FREEDOMS FRONTIER IN THEIR THOUGHTS AND PRAYERS. "
US ARMY DIVERS TESTED THE EXPERT ICE OF THEIR DIVING SUPERVISORS WHILE DEPLOYED TO THE MIDDLE EAST. 511TH ENGINEER DIVE DETACHMENT 1SG TYLER DODD EXPLAINS WHY THIS TRAINING IS SO IMPORTANT
"HAVING PROFICIENT DIVERS IMPROVES THE READINESS BY ALLOWING US TO ENSURE THE MOBILITY OF THE VESSELS WERE DIVING OFF ALONG WITH HELPING US CLEAR PORTS AND HARBORS OF OBSTRUCTIONS”
FOR MORE NEWS AND INFORMATION GO TO ARMY.MIL
THAT'S YOUR SOLDIERS RADIO NEWS.
''', [
    ("ABOUT 180,ONE HUNDRED AND 90 THOUSAND SOLDIERS", 190000, None, PERSON, "count", "soldiers deployed", True),
    ("140 COUNTRIES", 140, None, C, "count", "countries with deployed soldiers", False, {"counted": "countries"}),
    ("300 MILLION AMERICANS", 300000000, None, PERSON, "count", "Americans", False),
], note="Also in the quotes set. The speaker corrects himself ('180, one hundred and 90 thousand'): one quantity, the corrected 190,000."),
srn(49150, "2017-08", '''
GENERAL BROOKS SPEAKS ABOUT UNITED STATES FORCES KOREA’S STRATEGY AND BEST WARRIOR COMPETITION CONTINUES IN GRAFENWOEHR.
SPEAKING FROM OSAN AIR BASE, COMMANDER OF UNITED STATES FORCES KOREA, GENERAL VINCENT BROOKS DISCUSSES STRATEGY IN THE FACE OF NORTH KOREAN AGGRESSIONS FROM LEADER KIM JONG-UN.
“WHAT WE HAVE TO THINK ABOUT IS, LAYERS OF DEFENSE AND LAYERS OF PROTECTION, TRYING TO MAKE SURE THAT THESE DIPLOMATIC ACTIONS, THESE ECONOMIC ACTIONS, AND THAT STRONG MILITARY FOUNDATION KEEP HIM FROM MAKING THE DECISION IN THE FIRST PLACE.”
CHALLENGING SOLDIERS IS ALL IN A DAY’S WORK FOR SERGEANT MAJOR MICHEAL SUTTERFIELD, SENIOR NON-COMMISSIONED OFFICER OF US ARMY EUROPE’S BEST WARRIOR COMPETITION IN GRAFENWOEHR, GERMANY. HE DESCRIBES THE EVENTS OF DAY TWO.
“TODAY TESTS THE SOLDIERS ON SEVERAL DIFFERENT LEVELS, IT IS A VERY LONG DAY, MOVING IN EXCESS OF ABOUT SIX MILES, AS WELL AS THE ADDED STRESSORS OF BEING EVALUATED WITH LITTLE TO NO GUIDANCE.”
''', [
    ("IN EXCESS OF ABOUT SIX MILES", 6, None, "mile", "length", "distance moved on day two", True),
], note="Also in the quotes set. 'DAY TWO' names a day of the competition (ordinal use)."),
srn(47901, "2017-05", '''
SRN051617B- Exercise Guardian Response 17 is going strong in Indiana and 8th Army Soldiers in Korea compete to see who’s the best.
SERGEANT LAURA MARTIN , SOLDIERS RADIO NEWS
6,000 RESERVE AND NATIONAL GUARD SOLDIERS IN INDIANA ARE PREPARING FOR POTENTIAL DISASTERS. COMMANDER OF THE 415TH CBRN BRIGADE COLONEL MICHAEL MAGUIRE EXPLAINS THE IMPORTANCE OF EXERCISE GUARDIAN RESPONSE.
"SO YOU DON’T KNOW WHEN DISASTER IS GOING TO STRIKE SO READINESS IS OUR NUMBER ONE FOCUS BECAUSE BEING READY TO RUN THAT RACE IS THE MOST IMPORTANT THING. "
8TH ARMY INFANTRY SOLDIERS STATIONED IN KOREA COMPETED FOR THE CHANCE TO BE THE REPRESENTATIVE FOR THE UPCOMING BEST WARRIOR COMPETITION. 8TH ARMY COMMAND SERGEANT MAJOR RICHARD MERRITT BELIEVES IT'S ABOUT MORE THAN JUST A COMPETITION
"WHEN WE TALK ABOUT READY TO FIGHT TONIGHT, IT HAS TO ME MORE THAN A SLOGAN MORE THAN WORDS. YOU HAVE TO LIVE IT; YOU HAVE TO BELIEVE IN IT, IT'S GOT TO BE A WAY OF LIFE. I ASKED YOU WHAT DID YOU DO TODAY TO MAKE SURE YOU’RE READY TO FIGHT TONIGHT BECAUSE THE GREATEST WEAPON WE HAVE IS YOU.”
HEAD ON OVER TO THE U-S ARMY YOUTUBE CHANNEL FOR OUR LATEST EPISODE OF SOLDIERS, WORKFORCE WARRIOR. THANKS FOR LISTENING TO SOLDIERS RADIO NEWS
''', [
    ("6,000", 6000, None, PERSON, "count", "reserve and National Guard soldiers in Indiana", False),
], note="Also in the quotes set. 'NUMBER ONE FOCUS' is a rank; unit names with numbers (415TH, 8TH ARMY, Guardian Response 17) are not quantities."),
srn(48202, None, '''
British and U.S. forces came together for an exercise in Poland as a part of Saber Strike 17 and multiple installations across the U.S. are turning 100 this year.
SERGEANT AUDREY SANTANA, SOLDIERS RADIO NEWS
BRITISH AND U-S FORCES CAME TOGETHER FOR A FIRE SUPPORT COORDINATION EXERCISE IN POLAND AS A PART OF SABER STRIKE 17. CAPTAIN ANDREW COTTER OF 2ND CAVALRY REGIMENT SAYS THIS TRAINING IS JUST WHAT THE SOLDIERS NEED.
"I THINK THE OP-TEMPO AND THE READINESS STATE THAT IS REQUIRED OF US IS FORCING US TO BECOME BETTER EVERY SINGLE DAY, IT REQUIRES US TO BE ABSOLUTELY SPECIFIC AND EXACT IN OUR ACTIONS, DAY IN AND DAY OUT, IS ONLY PROVING TO PAY OFF DIVIDENDS FOR US AS WE'RE HERE LONGER."
MANY INSTALLATIONS ACROSS THE ARMY THIS YEAR ARE CELEBRATING 100 YEARS OF THE CONSTRUCTION OF THEIR POSTS, WHICH OCCURRED IN THE MONTHS FOLLOWING THE U.S. DECLARATION OF WAR ON GERMANY IN 19-17. FORTS MEADE, GORDON, LEE AND JACKOSN, ALL FORMALLY KNOWN AS CAMPS, ARE JUST A FEW OF THE MANY INSTALLATIONS TURING 100.
FOR THE FULL STORY AND MORE NEWS, GO TO ARMY-DOT-MIL. THATS YOUR SOLDIERS RADIO NEWS.
''', [
    ("100", 100, None, "year", "other", "age of Army installations", False, {"after": "are turning "}),
    ("100 YEARS", 100, None, "year", "duration", "time since the construction of the posts", False),
    ("100", 100, None, "year", "other", "age of the installations", False, {"after": "INSTALLATIONS TURING "}),
], note="Also in the quotes set. 'turning 100' is an age (unit year, kind other); '19-17' is the year 1917."),
srn(48151, None, '''
SRN060717A- SMA Dailey reflects on the history of the Army before its 242nd birthday, and Saber Strike 17 kicks off in Poland
SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS
SERGEANT MAJOR OF THE ARMY DANIEL DAILEY INVITES US TO REFLECT ON THE PAST DURING THE ARMY'S UPCOMING 2 HUNDRED 42ND BIRTHDAY.
"AS WE PAUSE AND LOOK BACK ON OUR LONG AND STORIED HISTORY, WE PAY SPECIAL TRIBUTE TO THE WORLD WAR ONE SOLDIER. AMERICA ENTERED THE GREAT WAR 100 YEARS AGO, AND BUILT THE FOUNDATION OF THE MODERN ARMY WE SERVE IN TODAY. THE SPIRIT OF INNOVATION SEEN DURING WW1 IS THE SAME SPIRIT WE NEED TO CULTIVATE NOW TO BUILD OUR ARMY FOR THE FUTURE. ."
THE MULTI-NATIONAL EXERCISE SABER STRIKE 17 HAS KICKED OFF IN POLAND FEATURING THE COOPERATION OF 11 NATO ALLIES. COMMANDER OF ENHANCED FORWARD PRESENCE BATTLE GROUP POLAND LT COLONEL STEVEN GVENTER EXPLAINS THE OPERATION
"THIS EXERCISE DEMONSTRATES THAT NATO IS A FORCE THAT CAN COME TOGETHER TO COLLECTIVELY DEFENDS OUR NATIONS BOARDERS. ."
GO TO THE U-S ARMY YOUTUBE CHANNEL FOR OUR LATEST EPISODE OF SITREP ON SHARP RESTRICTED REPORTING. THANKS FOR LISTENING TO SOLDIERS RADIO NEWS.
''', [
    ("11", 11, None, C, "count", "NATO allies in Saber Strike 17", False, {"counted": "allies"}),
], note="Also in the quotes set. '242nd' and '2 HUNDRED 42ND' are ordinals; '100 YEARS AGO' anchors a point in time (time set, not a quantity)."),
srn(48270, "2017-06", '''
Soldiers of the 45th Infantry Brigade Combat Team are in Ukraine training allies to enhance interoperability and J-ROTC students were at Fort Benning for a week-long summer camp.
SERGEANT AUDREY SANTANA, SOLDIERS RADIO NEWS
SOLDIERS OF THE 45TH INFANTRY BRIGADE COMBAT TEAM ARE IN UKRAINE MENTORING ALLIES TO INCREASE INTEROPERABILITY. FIRST LIEUTENANT ARTHUR JOBE EXPLAINS THEIR MISSION.
"WHAT WE'RE DOING IS TRYING TO BRING NATO PARTNERS UP TO THE NATO STANDARDS TO BECOME MORE COMPATIBLE WITH FRIENDLY FORCES. IF THEY DO HAVE TO HELP US IN SOME PART OF THE WORLD THEY'RE FULLY INTEROPERABLE WITH ALL NATO ALLIES."
OVER 200 JUNIOR ROTC STUDENTS WERE ON FORT BENNING IN GEORGIA FOR A WEEK LONG SUMMER CAMP WHERE, MAJOR ALEX BRANCH, SAYS THEY LEARN A LOT ABOUT THE ARMY AND ABOUT LIFE.
"YOU GET THESE YOUNG LEADERS OF TOMORROW HELP INSTALL IN THEM SOME SENSE OF DIRECTION SO THAT THEY'RE PREPARED TO HAVE A PLAN AND THE BIGGEST CHALLENGE IS THE FEAR OF THE UNKNOWN, THE NEXT STEP OUTSIDE OF HIGH SCHOOL WHICH WE CALL LIFE."
FOR MORE NEWS AND INFORMATION, GO TO ARMY-DOT-MIL. THATS YOUR SOLDIERS RADIO NEWS.
''', [
    ("week-long", 1, None, "week", "duration", "summer camp", False),
    ("OVER 200", 200, None, PERSON, "count", "Junior ROTC students at Fort Benning", True),
    ("A WEEK LONG", 1, None, "week", "duration", "summer camp", False),
], note="Also in the quotes set."),
srn(47368, "2017-03", '''
SERGEANT AUDREY SANTANA, SOLDIERS RADIO NEWS
THE DEPARTMENT OF THE ARMY ANNOUNCED THE DEPLOYMENT OF 1ST ARMORED DIVISION'S SUSTAINMENT BRIGADE, STATIONED IN FORT BLISS, TEXAS, TO AFGHANISTAN THIS SPRING. THE "MULESKINNER" BRIGADE, WILL DEPLOY APPROXIMATELY 200 SOLDIERS FROM ITS HEADQUARTERS AND SPECIAL TROOPS BATTALION AS PART OF A REGULAR ROTATION OF FORCES TO OPERATION FREEDOM'S SENTINEL TO PROVIDE SUSTAINMENT AND LOGISTICAL SUPPORT TO UNITS ACROSS THE AREA OF OPERATIONS.
SERVICE MEMBERS FROM THE ARMY, AIR FORCE, NAVY, AND MARINES EXPERIENCED EACH OTHERS TRAINING TACTICS FOR A WEEK IN OKINAWA, JAPAN. MARINE SERGEANT MAJOR LEE BONAR PLANNED THE EVENT.
"WE WANT TO SHOW THE BASIC DAY OF WHAT IT'S LIKE TO BE AN AIRMAN ON AIR FORCE DAY, WHAT IT'S LIKE TO BE A MARINE ON MARINE CORPS DAY AND A SOLDIER ON ARMY DAY. THAT WAY WHEN WE COME TOGETHER WETHER IT'S AN EXERCISE, A REAL WORLD MISSION WE KNOW MORE ABOUT EACH OTHER AS WE'RE WORKING TOGETHER."
THAT'S YOUR SOLDIERS RADIO NEWS.
''', [
    ("APPROXIMATELY 200 SOLDIERS", 200, None, PERSON, "count", "soldiers of the sustainment brigade deploying to Afghanistan", True),
    ("A WEEK", 1, None, "week", "duration", "joint training in Okinawa", False),
], note="Also in the quotes set."),
srn(47835, "2017-05", '''
SRN050917A- EOD Memorial Service in Florida and Acting Secretary of the Army visits Germany
SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS
EXPLOSIVE ORDINANCE COMMUNITIES FROM ALL BRANCHES GATHERED TOGETHER AT EGLIN AIRFORCE BASE TO COMMEMORATE THE 48TH ANNUAL EOD MEMORIAL SERVICE. GOLD STAR FAMILY MEMBER JOHN IVES EXPLAINS HOW HE FELT AFTER THE READING OF THE 326 NAMES OF THE KILLED IN ACTION EOD SERVICEMEMBERS
"BEING ABLE TO BE HERE TODAY AND ATTEND THE EVENT AND BEING ABLE TO JUST EXPERIENCE THE HONOR THAT’S REPRESENTED HERE THE READING OF ALL THE NAMES PEOPLE UNDERSTAND THE SACRIFICE A LITTLE BIT MORE. IT WAS A VERY MOVING EXPERIENCE. ."
ACTING SECRETARY OF THE ARMY ROBERT SPEAR VISITED INSTALLATIONS ALL OVER GERMANY TO OBSERVE UNITS AND SPEAK TO THE TROOPS ABOUT THE IMPORTANCE OF READINESS
"WERE RELEARNING THINGS WE HAVEN'T DONE IN AWHILE BUT AT THE SAME TIME WERE BRINGING THEM TOGETHER WITH THE FULL OPERATIONS HERE SO BUILDING THAT READINESS IS CRITICAL AND BEING ABLE TO SHOW THAT KIND OF DETERRENCE ONCE AGAIN IN EUROPE IS CRITICAL...”
GO TO THE U-S ARMY YOUTUBE CHANNEL FOR OUR LATEST EPISODE OF SOLDIERS, WORKFORCE WARRIOR. THANKS FOR LISTENING TO SOLDIERS RADIO NEWS.
''', [
    ("326 NAMES", 326, None, C, "count", "names of EOD service members killed in action", False, {"counted": "names"}),
], note="Also in the quotes set. '48TH' is an ordinal."),
srn(46062, "2016-12", '''
SRN122216A- Pentagon briefs reporters on our progress in Afghanistan and Sergeant Major of the Army reminds us it’s our responsibility to maintain readiness.
SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS
PENTAGON PRESS SECRETARY PETER COOK BRIEFED REPORTERS AT THE PENTAGON REGARDING RECENT PROGRESS IN AFGHANISTAN
"WE PREVIOUSLY ANNOUNCED ON OCTOBER 23 PRECISION AIRSTRIKE THAT WE ASSESSED KILLED THE AL-QAIDA AHMIR. THE DEPARTMENT HAS NOW DETERMINED THAT THIS SAME STRIKE KILLED TWO ADDITIONAL SENIOR AL- QAIDA LEADERS. THE DEATHS OF THESE THREE SENIOR AL QAIDA LEADERS WILL SIGNIFICANTLY DISRUPT THE GROUPS ABILITY TO THREATEN THE UNITED STATES, OUR INTERESTS AND OUR ALLIES. THE STRIKE IS FURTHER EVIDENCE THAT THOSE WHO SEEK TO DO US HARM ARE NOT OUTSIDE OUR REACH.
SERGEANT MAJOR OF THE ARMY DANIEL DAILY REMINDS US ALL THAT IT’S OUR INDIVIDUAL RESPONSIBILITY TO MAINTAIN READINESS.
“READINESS IS OUR ARMIES TOP PRIORITY EACH AND EVERY SOLDIER MUST BE READY TO DEPLOY FIGHT AND WIN IF CALLED UPON BY OUR NATION. YOUR MEDICAL READINESS HAS A DIRECT IMPACT ON THE STATE OF OUR ARMY AND OUR NATIONAL SECURITY”
FOR STORIES LIKE THESE AND MORE GO TO ARMY.MIL.
THAT'S YOUR SOLDIERS RADIO NEWS
''', [
    ("TWO", 2, None, PERSON, "count", "additional senior al-Qaida leaders killed", False),
    ("THREE", 3, None, PERSON, "count", "senior al-Qaida leaders killed", False),
], note="Also in the quotes set."),
srn(47740, None, '''
SRN050117A- Joint Services Jump in Japan and the Oklahoma National Guard returns home from a yearlong deployment
SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS
SOLDIERS AND AIRMEN STATIONED IN JAPAN TEAMED UP FOR A MASS JUMP IN DIFFICULT CONDITIONS TO DISPLAY THEIR PARACHUTING ABILITIES WHILE WORKING TOGETHER. 353RD SPECIAL OPERATIONS GROUP COMMANDER LT COL JASON KIRBY EXPLAINS THE NEED FOR COMPATIBILITY
"ITS A PERISHABLE SKILL AND WE WANT TO PRACTICE THAT SKILL AS MUCH AS WE CAN AND ITS ONE OF THE CORE MISSION SETS THAT WE HAVE TO SUPPORT HERE AT PACOM "
SOLDIERS FROM THE OKLAHOMA NATIONAL GUARD 1ST AIRFIELD OPERATIONS BATTALION ARE HOME AFTER THEIR YEAR LONG DEPLOYMENT TO THE MIDDLE EAST. COMMANDER CAPTAIN SCOTT COLLINS REFLECTS ON THE HIGH POINT OF THEIR MISSION.
"DO TO OUR HIGH LEVEL OF EXPERTISE WE WERE ABLE TO GET AN AIRFIELD MANAGEMENT ELEMENT MISSION THAT WAS EMBEDDED WITH SPECIAL FORCES. IT WAS ONE OF A KIND DEAL AND WAS INCREDIBLE LEARNING OPPORTUNITY FOR FOLKS THAT WERE PERMISSIONED FOR THAT”
VISIT THE U-S ARMY YOUTUBE CHANNEL FOR OUR LATEST EPISODE OF SITREP ON SHARP UNRESTRICTED REPORTING. THANKS FOR LISTENING TO SOLDIERS RADIO NEWS.
''', [
    ("yearlong", 1, None, "year", "duration", "deployment of the Oklahoma National Guard", False),
    ("YEAR LONG", 1, None, "year", "duration", "deployment to the Middle East", False),
], note="Also in the quotes set. 'ONE OF THE CORE MISSION SETS' is 'one of' used as a pronoun."),
srn(48524, "2017-07", '''
National Guard Soldiers compete for Best Warrior in California and the Oklahoma National Guard brushes up on their basic skills.
SERGEANT NATHANIEL PHILLIPS, SOLDIERS RADIO NEWS
SOLDIERS FROM EIGHT STATES AND TERRITORIES DESCEND ON CAMP SAN LUIS OBISPO IN CENTRAL CALIFORNIA FOR THE ARMY NATIONAL GUARD'S, REGION SEVEN, BEST WARRIOR COMPETITION. SPECIALIST DAVID CHANG SAYS THE DIVERSE GROUP OF COMPETITORS RAISES THE BAR.
"THE EXPERIENCE HAS BEEN INTERESTING JUST BECAUSE YOU MEET THE OTHER COMPETITORS FROM THEIR STATES AND THEY'RE THE BEST FROM THEIR STATES SO IT'S HUMBLING."
SOLDIERS WITH THE OKLAHOMA NATIONAL GUARD ARE TRAINING AT CAMP GRUBER MANEUVER TRAINING CENTER. COMMAND SERGEANT MAJOR JOE STOVER SAYS IT'S A GREAT OPPORTUNITY FOR SOLDIERS TO BRUSH UP ON THEIR BASIC SOLDIER TASKS.
"SOME OF THESE ARE LOST SKILLS THE SOLDIERS DON'T GET TO SEE. A LOT OF THESE SOLDIERS HAVE DIFFERENT MOSs, COME FROM DIFFERENT BACKGROUNDS, SO IT'S BEEN A LONG TIME SINCE THEY'VE ACTUALLY FOCUSED ON THESE TYPES OF SOLDIER SKILLS."
''', [
    ("EIGHT STATES AND TERRITORIES", 8, None, C, "count", "states and territories at the competition", False, {"counted": "states and territories"}),
], note="Also in the quotes set. 'REGION SEVEN' is a name."),
doc("defense-release-1057424", "U.S. Department of Defense",
    "https://www.defense.gov/News/News-Releases/News-Release-View/Article/1057424/readout-from-secretary-james-mattis-call-with-uk-state-secretary-for-defense-mi",
    "Readout from Secretary James Mattis’ Call with UK State Secretary for Defense Michael Fallon", "2017-01-23", '''
Pentagon Spokesman Capt. Jeff Davis provided the following readout:
Secretary of Defense James Mattis spoke today by telephone with his counterpart from the United Kingdom, State Secretary for Defense Michael Fallon. Secretary Mattis emphasized the United States and the United Kingdom will always enjoy a uniquely close relationship, reflected in our defense ties which are a bedrock of U.S. security.
He also emphasized the United States' unshakeable commitment to NATO and he thanked Secretary Fallon for his country’s commitment of two percent of GDP to defense and contributions to international security. The two leaders pledged to work together in the coming months, agreeing to maintain focus on defeating ISIL.  They pledged to work closely and noted they looked forward to meeting at the upcoming NATO defense ministerial.
''', [
    ("two percent", 2, None, "percent", "percent", "UK defense spending as a share of GDP", False),
    ("two leaders", 2, None, PERSON, "count", "leaders on the call", False),
], note="Also in the quotes set. Page furniture removed. 'the coming months' has no number."),
]
