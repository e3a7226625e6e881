import subprocess, sys, os
r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['echo', 'hello'], capture_output=True, text=True)
print(repr(r))
print(subprocess.run(['true']))
print(subprocess.run('exit 3', shell=True))
print(subprocess.run(['cat'], input=b'piped in', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text in\r\nline2', capture_output=True, text=True).stdout.splitlines())
print(subprocess.run('echo out; echo err 1>&2', shell=True, capture_output=True))
print(subprocess.run('echo out; echo err 1>&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
print(subprocess.run('echo quiet', shell=True, stdout=subprocess.DEVNULL))
print(subprocess.check_output(['printf', 'a\\nb']))
print(subprocess.check_output('echo $WEFT_SUBP_X', shell=True, env={'WEFT_SUBP_X': 'from env', 'PATH': os.environ['PATH']}, text=True))
print(subprocess.check_output(['pwd'], cwd='/tmp', text=True))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CPE', e, e.returncode, e.cmd, e.output, e.stdout)
try:
    subprocess.check_output('echo partial; exit 2', shell=True)
except subprocess.CalledProcessError as e:
    print('CPE', e, e.output)
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print('CPE', e)
print(subprocess.call(['sh', '-c', 'exit 5']))
print(subprocess.check_call(['true']))
print(subprocess.getoutput('echo hi; echo there'), subprocess.getstatusoutput('echo bad; exit 7'))
try:
    subprocess.run(['definitely-not-a-command-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(['true'], stdout=None)
except ValueError as e:
    print(e)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'comm')
print(out, err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(['echo', 'popen'], stdout=subprocess.PIPE, text=True)
print(p.stdout.read(), p.wait())
with subprocess.Popen(['sh', '-c', 'echo ctx; exit 1'], stdout=subprocess.PIPE) as p:
    print(p.stdout.readline())
print(p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('written\n'); p.stdin.close()
print(repr(p.stdout.read()), p.wait())
print(subprocess.CompletedProcess(['x'], 0), subprocess.CompletedProcess('x', 1, b'o', b'e'))
print(str(subprocess.CalledProcessError(-9, ['sleep', '9'])), str(subprocess.CalledProcessError(-200, 'x')))
print(str(subprocess.TimeoutExpired('cmd', 1.5)))
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', '']))
sys.stdout.flush()
subprocess.run(['echo', 'inherited stdout'])
with open('/tmp/_weft_sp_out.txt', 'w') as f:
    subprocess.run(['echo', 'to file'], stdout=f)
print(open('/tmp/_weft_sp_out.txt').read())
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
