File root = new File(basedir, 'hostile')
assert new File(root, 'cdk.out').isDirectory() : 'the app did not synthesize'
def handlers = []
new File(root, 'functions/src/main/java').eachFileRecurse { if (it.name.endsWith('Handler.java')) handlers << it.name }
assert handlers.sort() == ['WebApp2Handler.java', 'WebAppHandler.java'] : "colliding aliases must get distinct classes: ${handlers}"
String readme = new File(root, 'README.md').text
assert readme.contains('Users "quoted"') : 'labels keep their text in the README'
return true
