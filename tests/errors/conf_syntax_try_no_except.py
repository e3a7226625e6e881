def main():
    try:
        work()

main()
