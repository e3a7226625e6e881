import sys
total = 0
for lineno, line in enumerate(sys.stdin, 1):
    nums = [int(x) for x in line.split()]
    total += sum(nums)
    print(lineno, nums, sum(nums))
print("total", total)
