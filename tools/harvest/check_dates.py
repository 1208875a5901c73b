#!/usr/bin/env python3
"""Compare normalize_date() (through the date_probe tool) with mandoc on
random .Dd arguments: the footer date (-T tree) and the diagnostic (-T lint).

Usage: ninja -C BUILD date_probe && tools/harvest/check_dates.py BUILD/tools/date_probe [SEED [COUNT]]
"""
import os, random, subprocess, sys, tempfile
PROBE = sys.argv[1]
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
N = int(sys.argv[3]) if len(sys.argv) > 3 else 1500
WORK = tempfile.mkdtemp()
PAGE = os.path.join(WORK, "d.1")
months=['January','February','March','April','May','June','July','August','September','October','November','December']
ab=[m[:3] for m in months]
def num(): return random.choice([str(random.randint(0,99)),'0'+str(random.randint(0,9)),'00',str(random.randint(100,999)),'1x',''])
def rnd():
    k=random.randint(0,9)
    m=random.choice(months+ab+[x.lower() for x in ab]+[x.upper() for x in months]+['Sept','Janu','Mayo','Ma'])
    d=random.choice([str(random.randint(0,33)),num()])
    y=random.choice([str(random.randint(0,2100)),'0'+str(random.randint(0,999)),'10000','-5','20','',str(random.randint(1990,2030)),num()])
    sp=random.choice([' ',''])
    if k<4: return '%s%s%s,%s%s'%(m,sp,d,random.choice([' ','']),y)
    if k<6: return '$Mdocdate:%s%s%s%s %s%s$'%(random.choice([' ','']),m,sp,d,y,random.choice([' ','']))
    if k<8: return '%s-%s-%s'%(y,random.choice([str(random.randint(0,13)),'0'+str(random.randint(0,9)),num()]),d)
    if k<9: return random.choice(['$Mdocdate$','$Mdocdate: $','foo','May 5 2020','$Mdocdate: May 5 2020 $x','May 5, 2020,','May 5,, 2020'])
    return '%s %s %s'%(m,d,y)
cases=sorted(set(rnd() for _ in range(N)))
cases=[c for c in cases if c.strip()==c and '  ' not in c and c]
ours=subprocess.run([PROBE],input='\n'.join(cases)+'\n',capture_output=True,text=True).stdout.split('\n')
bad=0
for c,o in zip(cases,ours):
    open(PAGE,'w').write('.Dd "%s"\n.Dt X 1\n.Os\n.Sh NAME\n.Nm x\n.Nd y\n'%c)
    tree=subprocess.run(['mandoc','-T','tree',PAGE],capture_output=True,text=True).stdout
    date=[l for l in tree.split('\n') if l.startswith('date')][0].split('= ',1)[1][1:-1]
    lint=subprocess.run(['mandoc','-T','lint',PAGE],capture_output=True,text=True).stdout
    kind='ok'
    if 'cannot parse' in lint: kind='verbatim'
    elif 'missing date' in lint: kind='missing'
    elif 'legacy' in lint: kind='legacy'
    elif 'normalizing' in lint: kind='normalizing'
    if 'future' in lint: kind+='+future'
    exp=date+'\t'+kind
    if o!=exp:
        bad+=1
        if bad<25: print(repr(c),'ours',repr(o),'mandoc',repr(exp))
print(len(cases),'cases',bad,'differences')
sys.exit(1 if bad else 0)
