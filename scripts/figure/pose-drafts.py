import yaml, copy
D='content/exercises/'
def S(hip=0, knee=0, ankle=0, sh=0, el=10, abd=0, shabd=0, shrot=0, wrist=0, hrot=0):
    d={'hip':{'flex':hip},'knee':knee,'ankle':ankle,'shoulder':{'flex':sh},'elbow':el}
    if abd: d['hip']['abd']=abd
    if hrot: d['hip']['rot']=hrot
    if shabd: d['shoulder']['abd']=shabd
    if shrot: d['shoulder']['rot']=shrot
    if wrist: d['wrist']=wrist
    return d
def C(*parts, on='floor'): return [{'part':p,'on':on} for p in parts]
def feet(*sides, on='floor'):
    out=[]
    for s in sides: out+=C(f'{s}.heel',f'{s}.toe',on=on)
    return out
def K(label, describe, steps, lean, left, right, contacts, root=(0,0.5), free=None, at=None, **kw):
    k={'label':label,'describe':describe,'steps':steps,'root':{'x':root[0],'y':root[1]},'trunk':{'lean':lean},
       'left':left,'right':right,'contacts':contacts}
    if len(root)>2: k['root']['z']=root[2]
    for key in ('side','twist'):
        if key in kw: k['trunk'][key]=kw.pop(key)
    k.update(kw)
    if free: k['free']=free
    if at: k['at']=[{'part':p,'x':x} for p,x in at]
    return k
def write(id, view, keyframes, props=(), seconds=3):
    d={'view':view,'seconds':seconds}
    if props: d['props']=list(props)
    d['keyframes']=keyframes
    open(D+id+'.poses.draft.yaml','w').write(yaml.safe_dump(d, sort_keys=False, default_flow_style=None, width=100))
R=['root.x','root.y']

# ankle mobility drill: wall ahead, near (right) foot in front
wall={'id':'wall','kind':'wall','x':0.125,'y':0}
write('ankle-mobility-drill','side',[
 K('Start','Short split stance facing a wall, front foot flat a few finger-widths away, hands on the wall.',[1],3,
   S(-8,10,-15,0,15),S(12,12,0,0,15),
   feet('right')+C('left.ball'),
   free=R+['right.ankle','left.hip.flex','left.ankle',],
   at=[('right.heel',-0.038),('left.ball',-0.3)]),
 K('Knee to wall','Front heel stays down while the front knee drives forward over the toes to touch the wall.',[2,3],6,
   S(-12,15,-15,0,15),S(30,45,20,0,15),
   feet('right')+C('left.ball')+C('right.knee',on='wall'),
   free=R+['right.hip.flex','right.knee','left.hip.flex','left.ankle','left.knee',],
   at=[('right.heel',-0.038),('left.ball',-0.3)]),
],[wall])

mat={'id':'mat','kind':'mat','x':-0.75,'y':0,'w':1.35}
# bicycle crunch
arms=dict(sh=0,el=150,shabd=85,shrot=90)
write('bicycle-crunch','side',[
 K('Tabletop','Lying on the mat, head and shoulder blades curled up, fingertips by the ears, knees bent at a right angle above the hips.',[1,2,3],-62,
   S(115,90,0,**arms),S(115,90,0,**arms),C('sacrum',on='mat'),root=(0,0.07),free=['root.y'],neck=30),
 K('Twist right','Chest turned so the left shoulder comes toward the right knee while the left leg straightens forward.',[4],-60,
   S(62,5,-10,**arms),S(122,120,0,**arms),C('sacrum',on='mat'),root=(0,0.07),free=['root.y'],neck=30,twist=30),
 K('Twist left','The other side: right shoulder toward the left knee as the right leg straightens.',[5,6],-60,
   S(122,120,0,**arms),S(62,5,-10,**arms),C('sacrum',on='mat'),root=(0,0.07),free=['root.y'],neck=30,twist=-30),
],[mat],seconds=4)

box={'id':'step','kind':'box','x':-0.12,'y':0,'w':0.32,'h':0.17}
write('calf-raise','side',[
 K('Heels down','Balls of the feet on the edge of a step, heels sunk below it for a calf stretch, knees straight.',[1,2,5],2,
   S(0,3,15,5,15),S(0,3,15,5,15),C('left.ball','right.ball',on='step'),root=(0,0.72),at=[('right.ball',-0.07)]),
 K('Top','Risen high onto the balls of the feet, knees straight, weight over the big toes.',[3,4],2,
   S(0,3,-40,5,15),S(0,3,-40,5,15),C('left.ball','right.ball',on='step'),root=(0,0.72),at=[('right.ball',-0.07)]),
],[box])

wall2={'id':'wall','kind':'wall','x':0.5,'y':0}
write('calf-stretch','side',[
 K('Straight knee','Hands on the wall, back leg straight with its heel down, hips leaning toward the wall.',[1,2,3],22,
   S(45,50,5,30,20),S(5,0,20,30,20),
   feet('left','right'),
   free=R+['left.hip.flex','left.knee','left.ankle','right.hip.flex'],
   at=[('right.heel',-0.1),('left.heel',0.18)]),
 K('Bent knee','Back heel still down, back knee bent toward the floor to move the stretch lower, near the Achilles.',[4,5],12,
   S(45,55,10,30,20),S(25,30,20,30,20),
   feet('left','right'),
   free=R+['left.hip.flex','left.knee','left.ankle','right.hip.flex','right.knee'],
   at=[('right.heel',-0.1),('left.heel',0.18)]),
],[wall2])

db=lambda side:{'id':f'{side}-dumbbell','kind':'dumbbell','carriedBy':f'{side}-hand'}
write('deadlift','side',[
 K('Stand tall','Standing tall, knees soft, a dumbbell in each hand in front of the thighs, shoulders back and down.',[1,2,5],0,
   S(0,8,0,0,0),S(0,8,0,0,0),feet('left','right'),free=R+['left.ankle','right.ankle'],at=[('right.heel',-0.038)]),
 K('Hinge','Hips pushed back into a hinge of about a right angle, knees still soft, back flat, weights just below the knees.',[3,4,6],72,
   S(90,20,5,72,0),S(90,20,5,72,0),feet('left','right'),free=R+['left.ankle','right.ankle','left.hip.flex','right.hip.flex'],at=[('right.heel',-0.038)]),
],[db('left'),db('right')])

arms_side=S(0,0,0,-5,0)
write('glute-bridge','side',[
 K('Hips down','Lying on the back, knees bent, feet flat near the hips, arms by the sides.',[1,2,5],-90,
   S(45,100,0,-5,0),S(45,100,0,-5,0),C('sacrum','upper-back','left.heel','left.toe','right.heel','right.toe','left.hand','right.hand',on='mat'),
   root=(0,0.07),free=R+['left.hip.flex','right.hip.flex','left.ankle','right.ankle','left.shoulder.flex','right.shoulder.flex'],at=[('right.heel',0.32)]),
 K('Top','Hips lifted until shoulders, hips and knees make a straight line, glutes squeezed.',[3,4],-75,
   S(0,100,0,-5,0),S(0,100,0,-5,0),C('upper-back','left.heel','left.toe','right.heel','right.toe',on='mat'),
   root=(0.0,0.2),neck=35,free=R+['trunk.lean','left.knee','right.knee','left.ankle','right.ankle'],at=[('right.heel',0.32)]),
],[mat])

bench={'id':'bench','kind':'bench','x':-0.2,'y':0,'w':0.37,'h':0.3}
pad={'id':'pad','kind':'pad','carriedBy':'right-shank','x':-0.06,'y':0.03}
write('hamstring-curl','side',[
 K('Legs long','Lying face down on the machine, hips on the pad, knees just past the bench, roller above the heels.',[1,2,5],90,
   S(0,8,-10,90,45),S(0,8,-10,90,45),C('seat',on='bench'),root=(0,0.36),free=['root.y']),
 K('Curled','Knees fully bent, roller pulled toward the buttocks, hips still pressed into the pad.',[3,4],90,
   S(0,120,-10,90,45),S(0,120,-10,90,45),C('seat',on='bench'),root=(0,0.36),free=['root.y']),
],[bench,pad])

write('heel-walk','side',[
 K('Toes up','Standing tall on both heels with the toes and the front of the feet pulled up high.',[1,2],0,
   S(0,3,20,5,10),S(0,3,20,5,10),C('left.heel','right.heel'),free=R,at=[('right.heel',0)]),
 K('Step','Walking on the heels with short steps, knees almost straight, trunk upright, arms swinging.',[3,4,5],0,
   S(-8,3,20,15,20),S(18,8,20,-15,10),C('left.heel'),free=R+['left.hip.flex'],at=[('left.heel',0)]),
])

write('hip-flexor-stretch','side',[
 K('Kneel tall','Half-kneeling on a mat, right knee down, left foot flat in front, trunk tall, hands on the hips.',[1,2],0,
   S(88,90,0,-20,95),S(0,90,-50,-20,95),C('right.knee','right.toe','left.heel','left.toe',on='mat'),
   free=R+['left.hip.flex','left.knee','left.ankle','right.knee'],at=[('right.knee',-0.1)]),
 K('Tuck and shift','Pelvis tucked under and the body shifted forward until the front of the kneeling hip stretches.',[3,4,5,6],-3,
   S(80,95,0,-20,95),S(-12,90,-50,-20,95),C('right.knee','right.toe','left.heel','left.toe',on='mat'),
   free=R+['left.hip.flex','left.knee','left.ankle','right.knee'],at=[('right.knee',-0.1)]),
],[dict(mat,x=-0.6,w=1.0)])

hbench={'id':'bench','kind':'bench','x':-0.78,'y':0,'w':0.58,'h':0.23}
bar={'id':'barbell','kind':'barbell','carriedBy':'pelvis','x':0.076,'y':0.02}
write('hip-thrust','side',[
 K('Bottom','Upper back against the bench edge, hips just above the floor, barbell across the hip crease, feet flat.',[1,2,3,6],-42,
   S(80,110,0,15,70),S(80,110,0,15,70),C('upper-back',on='bench')+feet('left','right'),root=(0,0.13),
   free=['root.x','trunk.lean','left.hip.flex','right.hip.flex','left.knee','right.knee','left.ankle','right.ankle'],at=[('right.heel',0.22)]),
 K('Top','Hips driven up level with the shoulders and knees, shins vertical, chin tucked.',[4,5],-90,
   S(0,90,0,15,60),S(0,90,0,15,60),C('upper-back',on='bench')+feet('left','right'),root=(0,0.29),neck=25,
   free=R+['left.ankle','right.ankle'],at=[('right.heel',0.22)]),
],[hbench,bar])

rope={'id':'rope','kind':'jump-rope','carriedBy':'right-hand'}
write('jump-rope','side',[
 K('Rope overhead','Tall on the balls of the feet, elbows by the sides, wrists turning the rope over the head.',[2,3],2,
   S(0,10,-12,10,60,shabd=20),S(0,10,-12,10,60,shabd=20),C('left.ball','right.ball'),free=R+['left.ankle','right.ankle'],at=[('right.ball',0.07)],rope='over'),
 K('Hop','A small hop, knees soft, the rope passing under the feet.',[4,5],2,
   S(0,12,-35,10,60,shabd=20),S(0,12,-35,10,60,shabd=20),[],root=(0,0.575),rope='under'),
],[rope],seconds=1.2 if False else 1)

band={'id':'band','kind':'band','carriedBy':'left-thigh','to':'right-thigh'}
write('lateral-band-walk','front',[
 K('Quarter squat','Mini band above the knees, feet hip-width apart, hips and knees bent in a quarter squat, chest up.',[1,2],18,
   S(40,40,15,10,30,abd=4),S(40,40,15,10,30,abd=4),feet('left','right'),free=R+['left.ankle','right.ankle']),
 K('Step out','The leading foot steps out sideways against the band, toes forward, hips level.',[3,4,5],18,
   S(40,40,15,10,30,abd=4),S(44,55,10,10,30,abd=16),feet('left'),free=['root.y','left.ankle']),
],[band],seconds=2)

write('leg-raise','side',[
 K('Legs low','Lying on the back, lower back flat, straight legs lowered to just above the floor, arms by the sides.',[1,2,4,5],-90,
   S(12,3,-20,-5,0),S(12,3,-20,-5,0),C('sacrum','upper-back','left.hand','right.hand',on='mat'),root=(0,0.07),
   free=R+['left.shoulder.flex','right.shoulder.flex'],at=[('sacrum',0)]),
 K('Legs up','Both straight legs lifted until they point at the ceiling, lower back still on the mat.',[3,6],-90,
   S(88,3,-20,-5,0),S(88,3,-20,-5,0),C('sacrum','upper-back','left.hand','right.hand',on='mat'),root=(0,0.07),
   free=R+['left.shoulder.flex','right.shoulder.flex'],at=[('sacrum',0)]),
],[mat])

write('lunge','side',[
 K('Split stance','Tall in a long split stance, front foot flat, back heel up, hands on the hips.',[1,2],0,
   S(-15,10,-20,-20,95),S(25,10,0,-20,95),feet('right')+C('left.ball'),
   free=R+['trunk.lean','left.hip.flex','left.knee','left.ankle','right.hip.flex','right.knee','right.ankle'],at=[('right.heel',0.15),('left.ball',-0.25)]),
 K('Bottom','Lowered straight down: front thigh near parallel, front knee over the toes, back knee just above the floor.',[3,4,5,6],3,
   S(-10,100,-20,-20,95),S(80,95,10,-20,95),feet('right')+C('left.ball'),
   free=R+['left.hip.flex','left.knee','left.ankle','right.hip.flex','right.knee','right.ankle'],at=[('right.heel',0.15),('left.ball',-0.25)]),
])

plank_arm=lambda: S(0,0,0,70,0,wrist=70)
write('mountain-climber','side',[
 K('High plank','Hands under the shoulders, arms straight, body in one line from head to heels on the balls of the feet.',[1,2],70,
   S(0,0,0,90,0,wrist=70),S(0,0,0,90,0,wrist=70),C('left.hand','right.hand','left.toe','right.toe'),
   free=R+['trunk.lean','left.ankle','right.ankle'],at=[('right.hand',0.45)]),
 K('Knee drive','The right knee driven toward the chest, hips level with the shoulders, the left foot still planted.',[3,4,5,6],70,
   S(0,0,0,90,0,wrist=70),S(120,125,-40,90,0,wrist=70),C('left.hand','right.hand','left.toe'),
   free=R+['trunk.lean','left.ankle'],at=[('right.hand',0.45)]),
],seconds=1.5)

write('plank','side',[
 K('Knees down','Forearms on the mat with the elbows under the shoulders, toes tucked, knees resting on the mat.',[1,2,6],68,
   S(0,100,0,70,90),S(0,100,0,70,90),C('left.elbow','right.elbow','left.knee','right.knee',on='mat'),
   free=R+['trunk.lean','left.hip.flex','right.hip.flex','left.knee','right.knee','left.ankle','right.ankle','left.shoulder.flex','right.shoulder.flex','left.elbow','right.elbow'],at=[('right.elbow',0.3),('right.toe',-0.72)]),
 K('Plank','Hips lifted so the body makes one straight line from head to heels, stomach braced, glutes gently squeezed.',[3,4,5],79,
   S(0,0,0,79,90),S(0,0,0,79,90),C('left.elbow','right.elbow','left.toe','right.toe',on='mat'),
   free=R+['trunk.lean','left.ankle','right.ankle','left.shoulder.flex','right.shoulder.flex','left.hip.flex','right.hip.flex'],at=[('right.elbow',0.3),('right.toe',-0.72)]),
],[dict(mat,x=-0.85,w=1.3)])

mb={'id':'dumbbell','kind':'dumbbell','carriedBy':'right-hand','x':0,'y':0}
tw=lambda: S(65,95,0,60,80,shabd=0)
write('russian-twist','front',[
 K('Centre','Seated leaning back with a long back, knees bent, heels on the floor, weight held at the chest.',[1,2,3],-40,
   S(75,95,0,60,80),S(75,95,0,60,80),C('seat','left.heel','right.heel'),free=R+['left.hip.flex','right.hip.flex']),
 K('Turn right','Ribs and shoulders turned to the right, the weight travelling beside the right hip.',[4,5],-40,
   S(75,95,0,60,80),S(75,95,0,60,80),C('seat','left.heel','right.heel'),free=R+['left.hip.flex','right.hip.flex'],twist=35),
 K('Turn left','Turned through the middle and on to the left side under control.',[5,6],-40,
   S(75,95,0,60,80),S(75,95,0,60,80),C('seat','left.heel','right.heel'),free=R+['left.hip.flex','right.hip.flex'],twist=-35),
],[mb],seconds=4)

sbox={'id':'step','kind':'box','x':0.06,'y':0,'w':0.34,'h':0.22}
write('step-up','side',[
 K('Foot on step','Whole right foot on the step, left foot on the floor behind, chest leaning slightly forward.',[1,2],15,
   S(0,5,5,10,15),S(85,95,10,10,15),feet('left')+feet('right',on='step'),root=(0,0.6),
   free=R+['left.hip.flex','left.ankle','right.hip.flex','right.knee','right.ankle'],at=[('right.heel',0.1),('left.heel',-0.15)]),
 K('Stand on step','Standing tall on the step with the left knee lifted in front.',[3,4,5,6],3,
   S(85,90,0,10,15),S(0,5,0,10,15),feet('right',on='step'),root=(0,0.78),
   free=R+['right.ankle'],at=[('right.heel',0.1)]),
],[sbox])

twall={'id':'wall','kind':'wall','x':-0.12,'y':0}
write('tibialis-raise','side',[
 K('Toes down','Back and hips against the wall, legs straight, heels a foot-length forward, toes lowered.',[1,2,5],0,
   S(8,0,-8,5,10),S(8,0,-8,5,10),C('seat','upper-back',on='wall')+feet('left','right'),
   free=R+['trunk.lean','left.hip.flex','right.hip.flex','left.ankle','right.ankle'],at=[('right.heel',0.15)]),
 K('Toes up','Toes and the front of the feet pulled up toward the shins, heels still on the floor.',[3,4],0,
   S(8,0,20,5,10),S(8,0,20,5,10),C('seat','upper-back',on='wall')+C('left.heel','right.heel'),
   free=R+['trunk.lean','left.hip.flex','right.hip.flex'],at=[('right.heel',0.15)]),
],[twall])
print('drafts written')
