# snippet: timeout=inf
if __name__ == "__main__":
    print("never runs")
