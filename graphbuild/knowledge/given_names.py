"""Common given names by the gender they are mostly given to (lowercase), from the most frequent
given names in US and UK birth records of the last century; `extract.genders` reads them."""
from __future__ import annotations

FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
brittany natalie isabella charlotte rose alexis kayla hillary kamala nikki madeleine ursula
condoleezza sonia elena ruth loretta valerie jill michele laurie kristen kirsten tammy tina
wendy sally susanne suzanne claire clara eleanor ella ellen erin eva fiona gina hazel irene
jane jenny joanna josephine karin kate katie leslie lori louise lucy lynn margo melanie monica
nora paula peggy penny phyllis rita roberta robin rosa sabrina sylvia tara tracy vanessa vera
yvonne zoe cathy kathy betsy carly nikki stacey dianne dana janet gretchen hope priscilla
""".split())

MALE_NAMES = frozenset("""
james robert john michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey jeff ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
benjamin ben samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose
adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger
terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce
gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby
russell bradley philip eugene mike bill bob tom jim dick chuck al fred jimmy barack marco ted
mitch newt rudy hunter rex vladimir sergey sergei dmitry boris emmanuel francois angelo luis
carlos pedro miguel ahmed mohammed muhammad ali omar hassan xi recep raul fidel hugo nicolas
dimitris ahmet kizza ben stephen sean larry fred jimmy matthew nicholas
""".split())
